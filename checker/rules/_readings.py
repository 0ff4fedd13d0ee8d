"""The readings of tone, learned from tests/corpus/ by scripts/train_readings.py: do not edit."""

from checker.rules._reading import Reading, WeightTable

TABLE = WeightTable("""\
0<n> <n>|,,-14
4april|,-14
5t|-13
5ugust|-22,-13
4b|,29
5ed|,21
4certificate|,-14
4day|-13
7s|-17,-20,20
4february|-23,-14
4hours|-17,,18
4july|-16,-17,-13
6ne|,-12
4m|-14
5arch|-11,-13
6y|-13
5illion|-11,-12
6nutes|20,-12
4nd|-13,,11
5ovember|-19,-21
4october|-16
5f|,,-15
5ver|-17,-19,-14
4per|-14,-19,-11
7cent|-14,,-11
5m|,-14
5ost|11
5ractitioner|,-12
4s|11
5eptember|-26,-29
5t|-11
6udents|-13
4th|-14
5o|-15,-24,-19
0a better|,,-18
3ig|18,-17,12
5ger|,18
4t|15
3oard|-14
4ok|,18
4ther|,,14
4x|26
3rief|-20
3usiness|16
2call|,-28,14
4ndidate|32,14,14
4se|15,,-15
3ertain|22,29
3hange|,-17,-13
5rtered|11
3lassroom|,34
4eaner|,29
6rer|,-14,-13
4ient|16,,11
5nical|-11,-12
4ose|-18,-17
7r|15
3offee|,15
4incidence|31
4mpany|20,11,11
6eting|,15,12
9tor|,13,40
6liment|16
4nnection|,,34
5siderable|,15,20
Dy|,29
5tainer|16
6ract|,,11
Aor|31
5versation|15,-19,-17
4py|,-12,-20
4untdown|31
7eroffer|,15
5rse|,-12
6tesy|,,23
3redit|11
3urrent|,-16
4t|,32
2date|,-12,36
4y's|38,-14
3eadline|-23
4cade|-19,45,-15
5ision|,-12,11
4light|,15
4partment|-11,23
4velopment|-11
3ifferent|,,-23
6icult|-18,-22
4nner|,15
4rector|-11,18
4sappointment|,-12
3rawing|,15
2face|,,14
4irly|,17,-13
3ifty|31
4nal|11,-21
4rm|,,13
5st|,22,-11
3orm|21,-12
6ality|41
6er|11
5tnight|,,13
6y|35,15
4ur|21,-16
6th|-11,13,14
3riend|16
8ly|31
3ull|12,-12
6er|,15
4rther|-14,,-16
4ture|,-20,-15
2generous|,,14
5tle|,,18
5uine|21,-12
9ly|,15
3roup|16
2habit|-11,32
4ndful|,32
3eads|-11
3igher|-11,15
4ring|16
3otel|33
3uge|,15,23
2job|,,-15
4ke|,15
3unior|,-16
2kind|-13,15
2lab|,15
4ck|16
4rge|11,,-11
3egend|,15
4vel|-13,21
3ine|,-24,16
3ook|11,,-14
2m|,,14
3ajor|,15
4n|33
4ster's|11,13
4tter|,15
3essage|,-17,17
3id|20
4llion|,13
4stake|41
3odel|,32
4ment|-19
4nth|,,14
4re|,12,-18
5ning|16
3uch|,13,-16
4ltinational|,29
2national|,34
3ext|-11,-12
3ice|,23
4nety|20
3o|,-14,24
4te|,-14,31
4vel|,15
2one|,-25,11
2paid|,,14
4nel|33,,-17
4per|,-12
4rking|33
5t|,-14
6icular|11,-14
4tient|,29
3erfect|,29
5son|37,-12
8al|15,-14
3hone|13,-14
3ity|26,-12
3leasant|,29
3olicy|16
6te|35
4rtal|31
6folio|-11,,-11
4sition|-29,-15
8ve|-11,,14
5t|,-16
3resentation|40,-19
4iority|,,23
4oblem|,,-15
5cess|15
5gramme|16
5ject|-17,,-14
5per|13
2quick|-13,,13
2ready|,29
5lly|-18,12
4cent|16
5ord|,26
4feree|,-12
4gional|-13,17
4minder|,15,18
4ply|,-21,24
4quest|20
4sponse|,-14,21
5tful|-13,-14
3ing|-16,-19,45
3ole|,,-16
4om|,34
4ugh|-19,-21
4w|-13,37
2safe|,29
4les|20
4mple|,15
4turday|31
3chool|,,12
3enior|,12
5se|-14,,-16
3hame|19
5red|-14,-21,-11
4ift|,,11
4ort|,,-11
7list|31
4utdown|,29
3ign|,-14,25
4milar|-24,-13
5ple|,,16
4ngle|,14
4te|14
3lightly|,15
3mall|-12,,-18
7er|-11
3pare|-11
4readsheet|,15
3tandard|14,,-15
4eady|-11
5p|-16,43,-13
4raight|20,-16,14
6nge|37
5ong|,-17,-13
8er|,-12
3uitable|,,-15
4pervisor|,,20
4rprise|18,-19,-13
3ystem|16
2take|32,,-16
4rget|,29
3echnical|31
4mplate|31
Ad|31
4st|16,,-11
3hing|,,20
4oughtful|-11
4ree|14,-14
3ill|16
3rade|,15
5nsfer|,,20
4eat|-11,,14
4ial|-17
3welve|31
5nty|31
4o|30
2university|16
3seful|,,-14
2vague|-11
3erbal|-11,-12
3ideo|-13,-14
4ew|22,-14,12
3oicemail|-13,-14,44
2warehouse|16
4ste|43
3eekend|24,,-11
4lder|31
5l|14,,-16
3hile|-11
4ole|,,-11
3onderful|-11
4rd|20,,18
2yes|,-20,45
1berdeen|16
2ility|11
2le|,-20
4 to|,-20
2out <n>|,-28
6an|20
8d|-11
8y|22,-14
9thing|20,-12
7s|,32
6cloud|,29
7ulture|31
6eight|,-14
6five|-11,-12
7our|-13
7uture|17,-15,-27
6his|11
7ow|,,-14
6last|-11
6me|11,15
7oving|,,-14
7y|,,-11
6on|-11
8e|,-14
7ther|24,-23,-18
6six|-13,-14
7takeholder|-11
7upporting|,-12
6taking|16
7en|,15,-11
7hem|11
8is|,19,-15
8ree|-17,-16
7iming|-11,-12,20
7wenty|17
6weaknesses|,13
7hat|,,-12
8ether|22
8y|,,-11
3ve|,23
5 the|15,35
6what|-11,23
2solutely|11,,-14
A fine|,,-13
3urd|16
2uja|11
1ccent|17
6 came|11
4pt|,-14
6 it|,-21
7my|,-12
7that|17,-12
9e|17,-16
Airs|-17,-19,45
9is|11
6ed|,,-16
8 a|,,-25
Another|-20,,-15
9it|,-14
9the|16
6ing|,,36
4ss|-14,-16,-14
6ibility|-14
3ommodation|-11,18
4rdingly|,-24,27
4unt director|-14,14,18
8i|-13
8manager|-22,,-19
8of|,,-17
8that|,15
8when|31
7ant interview|,15
Brole|-18,,11
7s and|,-16
Assistant|,-12
9for|,-12
9officer|,-12
9that|-11
3reditation|,15
3urate|,,-13
2quisition|-14,15,-11
2ross|,,-15
6 both|,15
7my|16
7three|,,-15
8wo|,-12
2t|,-16
3ing|33,,-16
6 in|24
7manager|31
4on|-13
3ual|35
6ly|13
8 done|,32
9involved|31
9opened|16
9run|,32
5rial|-11,,14
1d|19
2d|,,-28
3 a|,,-11
4one|-13
4that|,11,-15
3ed|,-17,-13
3itional|-11,-16
3ressed|19,-14
9 to|33,-12
2eyemi|11,15
2min|11,,11
5istrative|,,12
E officer|,-14,18
Bor|,,12
4re|20,-16
6 the|31
6r|15,-14
7 of|15,-14
4t|12
5 i|12
7've|,18
7t|18,,-14
6the|22,-20,-11
5ted|16,15
2vance|11,,14
7 for|,,20
3ert|29,-21
6 asked|33
7is|,,20
7never|31
7said|31
7was|20
8e|31
6ise|,,23
9d|20,-11,-21
A again|20,-12
Bexternally|31
Bthis|31
9ment|30,,-11
8ing|33
3ice|,,-13
6 on|11,15
4se|,18,34
6 on|16,29
6r role|-11,-12
5or|,-19
7 role|,-14
1e|,15
1fford|,,23
6 to|,,23
2raid|11,,21
6 i'll|,15
2ter <n>|,,-11
6a|14,-15
7n|16
6careful|,-12
6eight|,29
6four|18,-20
6i|,,-19
7t|,,14
6last|11
6meeting|,-17,-13
7y|,,-13
6one|,18
6running|,18
6seeing|,18
7ix|,29,20
7uch|,,20
6that|-23
8inking|,-14
9s|11,,36
8ree|31,-13
7uesday|16
7welve|,-16,-11
8o|26
6which|,,12
5noon for|,-16
Amr|16
Aso|,,20
Ato|,,20
Awas|16
5wards whether|16
1gain about|-16,-21,24
7nd|,,-14
7s|24,-12
7t|,,17
6because|16,,34
8fore|,,20
8low|,,34
6how|,12
6i|-13,21
7'm|,18
7f|-11
7n|,-19,-12
6next|,-14
6on|,-18,18
6soon|-17,19
6that|-14,15,-11
8is|,,16
7o|,16,-18
8morrow|-11
6when|,-25,-20
6you|,29
5st|16
7 a|,15
9nyone|11,15
8me|28,-22
8the|11
8you|31
2e|13,12,-13
3 of|,29
3ncies|-13,21
5y and|,-12
7experience|31,-14
7for|,,34
7shifts|,,20
7that|,,20
8old|31
7work|,,20
6's|16
4t|-13
5s|,-12
2o and|-18,,11
4i'm|31
2ree|,11
5 on|16
6that|,18
8e|,15
6with|11
5d|,-23
6 to|,-17,-15
5ing|-11
3onomist role|,-12
1head|-19,12
5 and|-11,-12,23
6of|-23,28,-19
1id|-17,,-14
3 certificate|,-12
3an's|,,20
2m|-11
3 to|,,20
2r|-13,,12
3craft|,-14,11
1l noor|,13
2arm|-13
2dergrove|,15
2l along|35
5nd|-16
4but|,,20
4came|,18
6ndidates|,,34
4day|,,23
5ue|35
4even|,,34
4four|-11
4i|,-14,11
5s|-22
4my|-14,15
4of|,15
4possible|-14,-16,36
4right|-14,,-11
4so|,-12
4that|,-12,23
6e|11
4week|-11,-12,23
5hich|16
5ould|-11,,36
4year|,23
5our|,-16,-11
3's|-16
5 well|-16
3ow me|,15
5ed|20
2most four|,,34
2one|,14
5 so|,34
4g the|,,-19
6with|-14,19
7ould|,,34
5side your|11,-12
2ready and|,,17
8been|17
8decided|31
9one|15,14,-11
8had|16
8in|11,,-14
8knew|24
Aow|,17,-14
Cs|,-17,-13
8made|,18
8on|13
8run|,29
8started|,,-13
8told|-11,,45
9urned|,15
2so appreciated|-16
6sked|11
5be|-17,,-14
5enjoyed|,-12
5glad|,,20
5in|,-12
5just|,15
5like|11
9d|,29
5sent|,,38
5thank|,15
7e|,29
5wanted|,13,-16
2though after|,,14
9i'd|31
Bm|-18,,-17
2ways|,14,-29
6 been|,23
7going|25,,-11
7said|-11,35
1m asking|-11,-12,14
4vailable|-14,-16,-16
3certain|,18
4hecking|,15
4omfortable|-11,-12
5nfident|-23,27,-20
3disappointed|-16,-12,-13
3excited|-11
3following|,,15
3grateful|,,-17
3happy|,,-26
3in|,-12,14
3keen|-19
3looking|,15
3not|20,-17
5w|-16,,-13
3one|,21
3quite|,15
3sad|,-17,-13
4orry|-13
4ure|,12
3thankful|-13,-14
5e|-26,48
3very|-27
3waiting|,,36
4ithdrawing|16
2bitious|,17
2erica|-11,18
2ong the|,11,-17
9m|,-12
3unt|14
6 of|22
1n admirer|31
4fternoon|,12,-13
4nswer|,-13,17
4pplicant|17
4sset|16,29
6istant|16
4utomated|31
3earlier|,-14
4mail|,-20,16
5ployer|24
6ty|16
4xample|,15
5planation|22,-16
3honest|15
5ur|22,,-17
3interesting|14
8nal|20,-24,-19
8viewer|33
3odd|33
4ffer|-11
4pening|,,20
4rganisation|31,,14
3unpaid|,,25
4pdated|-16,-17,-15
2a|16
3lysis|-19,,-16
6t opening|11,-12
8post|11,-12
9rogram|,15,-11
Fme|16
8she|,32
5tical|,18
2d <n>|-19
4a|12
5bout|-23
5ccept|-19,-21,47
5fter|,,14
5gain|,,23
5isha|-11
5lso|,37
5n|11
6other|,,36
5pologies|11
5s|,15
6k|-11,18,-11
7ed|,-16
5t|15
4both|,21
5y|,21
4came|,,-14
6n|-13
7not|,,34
5onsideration|-27,,-24
7tributing|-11,-12,14
6uld|,,-18
5ut|,,-11
4dana|16
6ta|11
5id|,,11
7n't|,-16,-11
5o|11,,-11
5r|,,-11
6ove|14,-17,19
4each|11
5ven|,,20
7ry|-11,,27
5xcited|,15
6pect|,,20
4for|,,-12
6ur|,13
5rankly|14,15,22
6om|16
4good|16
6t|16
4had|35
6ppy|-16
6ve|-17
8n't|-11,-16,40
5e|,32,-14
6ar|,,-11
6lp|-13,34
5onestly|,,12
4i've|-14
5s|-13,-14
5ts|,15
4kind|-19
8ness|,-16
4last|,15
5earned|-18,-11,-16
6d|,29
6ft|,,20
6t|-18
5ook|-17,,-22
4mark|-11,,20
6y|,-16
7be|31
5eet|-13
8ing|,,-14
5ore|,17
5r|-16,,-15
6s|-13
5s|,,-11
4need|-14,-16,20
6ver|11,15
5o|,14
6body|26
6ne|16
6t|13
6w|16,,11
4on|,,11
6e|,,-18
6ly|22
5ur|-21,-14
5ver|-13,-14
4partly|11
5erhaps|15
5icked|,29
5riya|,15,11
4quite|,,20
4ready|-13,13,11
7lly|-16,-14,18
6ceived|,15
6quest|11
6vert|,,36
5un|,15
4sarah|-11,-12
6ved|11
5eeing|-18
6veral|11,15
5hare|,,11
6e|11,18
5ince|,,19
5o|,-14
6rry|-11
7t|,32
5pent|31
5till|,,11
6op|,,34
4ten|,29
5hanks|13,,-11
7t's|-19,12,-17
6eir|-14,,-14
7n|19
7re|,32
7y've|-28,-17,-24
6is|-16,-17,16
6ought|-11,-16
6ree|,,14
5old|16,,11
6pped|,29
5ravelled|,,14
5wo|17
4under|,34
4want|,-12
6s|24,-12
5e|,,-17
6dnesday|,,34
6re|31
5hen|15,,-15
7ther|,-17
5ill|,-12
6sh|18,-13,-22
6th|,21
8draw|-17,-19,43
4yours|,15
2gle|,15
2imal|-11,-12
2nounced|20
8ment|16
3ual|,,-17
6 leave|31
2other agency|-16,-17,16
9pplicant|20
8bank|16
8candidate's|31
9ompany|-21
8employer|-14,-12,-11
8firm|-11
8look|16
8offer|-11,-14,15
9pening|,-16,-11
9rganisation|-19,-23
8position|,,-15
9ractice|-11
8role|-13,,-11
8school|-11
9hift|,15
9o|,29
9tudio|-13
8trust|,-14
8university|-13
8way|,,31
8year|-14
2swer and|,-16,27
9y|-19,,-14
8t|11
7before|,,29
8y|-38
7for|20
8rom|,,34
7i|11
8n|,,18
8s|-17,,18
7on|,,-14
7questions|16
7than|,-12,23
9is|,,36
8o|-11
7was|14,-14,-13
8ithin|-13,-14,22
8ould|,,20
6ed|13,,-26
8 every|16,17
9your|,18
6ing|18,,-16
6s|13,,-16
7 on|,15
8short|31
9o|31
8to|22
2tibiotic|,15
2y comments|-11,-12
4decision|,,11
5ocuments|-14,,-11
4explanation|33
4feedback|-13,-36,-31
5urther|-17,,-34
4inconvenience|-16,,-13
6dication|-13
6formation|-11,-12
6terview|,-14
4longer|,,36
4more|,,-18
4news|-12
4other|,,-20
4part|11
5ointers|,-16,-11
4real|33
6ply|,,34
4sense|,,-11
5mall|-11,-12
5uitable|-11,-12
4thoughts|-11
5ime|-22,,-21
3one|,19,-13
6 could|31
7else|-11,37,-20
7has|16
7i|-11,32
8n|,17
7on|20
7to|31,21
7who|22,34
8ith|,34
3thing about|,-16
At|,,34
9by|-14,-16,40
9changes|,,-11
Aomes|,-22
9else|,,-13
9from|-17
Aurther|-35
9has|,,14
9i|11,,-11
An|,,-15
9more|,,-13
9opens|11
9similar|-19
Ao|,,36
Auitable|,,-14
9that|,-12,14
Ao|,15
9you|,,16
3way|20
6 i|41,-20,-15
7so|,,23
4here|17,-17
1part|,22,-16
5 from|16
2ologies|,,13
9 for|,,11
6y|11
2p|,,-15
3 and|,-16
3arently|,21
3eals|,-14
7 to|-11,-12
5red|22,-14
6s|31
3licant|19
9 and|,-12
Awas|33
9s|17
A for|,29
Bit|,15
Bwhen|31
Cith|,,14
7tion and|,,22
Ds|,,-16
Cbeforehand|31
Cdid|16
Cfell|-11,-12
Dor|,,-16
Fm|,-14
Chas|,,23
Ci|17
Ds|,,20
Cstronger|-16,-14
Cthat|31
Do|16,-16
Cwas|35,-17,-13
Bs|,-28
C are|31
5ed|18,-14
7 and|11
8for|17,-12
8in|16
8to|15,-12
4y|,-26,-37
5 again|,-27,-34
6for|11,,-17
5ing for|-14,15
3ointed|11,,-11
7ments|,,-13
3reciate a|,-23,40
Cn|20,,29
Dy|,-17,-15
Bbeing|24,-12
Bhearing|,-23,22
Bit|,-23,13
Bknowing|11,-20
Bunderstanding|31
Byour|,,14
Ad hearing|,,-12
Dow|-29
Cit|11
Clearning|-13
Cmeeting|19,-14,12
Cyou|-14
Fr|-12
5ntice|-14,,14
As|-16,,-13
Bhip and|-14
Fis|,,20
4oach|,,-29
8 to|-13,,-13
8ed|,18
A me|,29
9s|,24
A this|,29
5val|11,-12
8s|-11,,-11
6ed electrician|,15
3s|,29
2ril|,-12
2s|16
3 <n>|16
2titude|22
8 test|16
1rbitration|-13,21
2chitect role|-13
9s|-11,18
9ure|,16,-15
5ve|,-17,-13
6ist|,-12
2e able|,-23
5lready|11
4being|16
5usy|33,,34
4doing|-13
6ne|16
4exactly|,18
4fine|,,34
5rom|16
4getting|,,20
5oing|-23
4in|-16
4keeping|-25,,11
4meeting|-13,24
5oving|,,22
4needed|-14
5o|-13
6t|11
6w|,,20
4on|20
6es|,15
4ready|,,-13
6quired|-20,18,-18
4still|-11,35
4the|-14,,-11
6ings|,29
4used|16
4you|,15
3a|,,-12
4 i|-14,,-11
5manager|11
4s|,-16,-11
2gue|14
5 with|31
2ise|11
2jun|,15
2ound <n>|-17,-23,-14
7me|,34
7two|,18
2range|-18,-20
7d|,-12,14
6ing|,-20,-16
9 the|14,-16,-13
3ivals|,15
5ed|16,-14
7 at|40
6s|20
5ing|-13,12,11
3ogant|,34
2t|,,-11
3icle|-11,-16,-14
7 on|-11,-16
4st|,-12
1s agreed|20
4n|,11,-18
3chief|,29
3he|,15
5ad|,15
4ybrid|31
3i'm|,11
5ve|-16,,12
4f|20,-20,-14
4t's|,,14
3long|-14,,16
3mr|31
4uch|,,-15
3one|16
4pen|31
3people|,29
5r|,,34
4lanned|,-12
4ossible|,,37
4romised|-13
3quickly|11
3references|-16,,-15
5quested|11,-12
3someone|,21
5on|-21,-12,23
5us|-14,,-11
4trong|-11
3that|-13,-16
5ey|15
5is|,,11
5ough|17
4o|16
3urgent|,,38
3you|-11
6'd|,29
6r|,,14
2ap|,,43
2hby|,-19,14
2ide|20,,-15
5 i|37,-16,-11
2k because|19
4for|,12
4how|,13
4me|11
4of|11
5ne|33,-12
6ly|16
4questions|31
4that|-13,-17,44
6e|16,,34
4whether|,,-21
4you|,,19
3ed|,,-19
5 about|,,-31
6before|31
6for|,,-18
6how|,,-20
6of|33
6that|16
8em|-13,,11
7o|,,-21
7wice|16
6what|-16,12,-13
8ether|,-14
3ing for|,,11
7if|,15
7me|,,21
7whether|,,11
7you|,-22
3s|,,13
4 me|,,34
2sess|31
6ed|37,-14
6ment|12
A centre|13
Bday|12
Bfor|11,-12
Bwas|20
Chich|,,20
6ors|21,,-13
4t|20,23
5 to|,29
3ignment|,,-11
4stant accountant|,,18
Ajob|-16,,12
Apost|,-30
Astore|16
3ociate credit|-11,-12,14
8ion|-19,,-16
3ume|11,,22
6 i'm|,,20
7nobody|33
7that|,-14,25
9e|13,,21
7you've|,,38
6d|31
5ing|16
4rance|,-11
5ed|16,-12,14
7 me|17
1t al|-11,15,14
4nother|-21,-11
5y|,,-18
4shby|,-14
3brightwater|,17
3calder|,-16
4restline|-13
3dinner|-11,-12
3every|-16
3fifty|31
5rst|,13
3half|16
5rrowgate|16
4is|31
4ome|,-23
5tel|,,20
3interview|,,-15
4t|20,13
3least|20,,14
4unch|-11,-12,23
3me|16
5ridian|-11,-12
4illbrook|,-12
3night|,15
5ne|,,20
4oon|,,36
5rdhavn|,,20
7vik|31
3once|-13
5e|,29
3parcelly|,29
4resent|-11,18,14
3quill|,15
3riverside|-13
3saigon|16
4hort|,-19
4ome|,,-12
3that|,11,-15
5ree|,21
4wo|,23
3work|-11,-12,14
3your|,,13
2r|,,-13
2tached|,-13,-14
8 a|,,-18
9it|11,-16,-11
9my|22,-17
9the|-14,,-22
6ing|16
3end the|,,-16
6ed|,,15
8 the|-12,,13
5tion|12
9 of|11
3itude|20
1udio|16
4t|-11
5or|-11
7 role|-11
5s|,14
2gust|-18,-11
6 and|,-12
2to|31
4mated|13,,-17
7ion|-24
A engineer|,29
3umn and|-11
7season|,-12
1vailability|,,-17
7le|-17
9 for|-21,,15
Brom|-13
Ato|-18
2erage|-14,,-11
1waiting|,-14,29
8 your|,,38
3rd|-21,14,-19
5 for|,24
6last|,15
5s|-21,23
4e of|16
6the|,15
3y feeling|,15
6rom|,,-18
5more|-13
5very|,,20
5with|,,-20
2kward|-16,15,16
0b|,12
1 <n>|,,20
1aby|,,34
2ck again|,,34
6nd|,15
6s|31,15
5by|,-16,22
5home|16
5i|11
6n|,,-15
5last|,15
5on|-16
5so|,,34
5to|,,12
5up|,-19,12
5when|-11
6ith|,17,11
4end developer|,-17
8role|11
4ground|,,-17
A in|11,-16
4log|-28
7 and|-11
4up|20
2kery|-16
2ll|,,36
4arat|16
2nd|12
3k and|11,,-11
5has|,,25
4ing|-11,,14
4s|,29
2r|,18,-17
3 for|,32
4supervisor|,15
3gain|,15
2se|-25
4 about|-11,,23
4d|,-27,-22
5 on|14,-17,-13
3ic|,12
5ally|,18
4s|21,-21
2tch at|,15
5es|-11,-12
2ys|,29
1e able|-14,-17
4n|,32
5d|,15
4ppreciated|-16,-17,44
4sked|30,-12
4t|-12
4vailable|-13,,11
3back|-11
4lunt|31,,20
4ringing|11
3candid|14,15,-11
4hecking|,,27
4omfortable|-11,-12
6municated|,,34
5nsidered|,,-14
6tacted|,-20
4urious|35
3different|,,23
3easy|,17
4xcited|-11
5pected|31
9ing|,,34
3fair|,,-15
4illed|33
5ne|,29
4ollowing|,,14
4rank|,,20
5ee|-17,-19,18
3getting|-20,45,-17
4lad|,,-18
4ood|14,-19,20
4rateful|,-19
5eat|,,34
3happy|,,-19
5rd|,29
4elpful|-13,,-15
4onest|12
6oured|-16
3in|,-12
5formed|,,20
5terested|21
8viewed|,21
3keen|,,-16
4inder|,,20
3left|,,36
4ike|,,20
4ovely|,-12
4ucky|,32
3made|,-17,17
5rked|33
4odest|,29
5re|,13,11
5st|-16,,22
5ving|-19,,11
4uch|-17
3nice|33,,34
3of|-11,-12
4n|-16,-17
4pen|,-13,-26
3passing|,,36
4leased|,,-21
4ossible|-14,-15
3ready|,15
6lly|-20
5commending|31
5levant|-11,,-11
4unning|,24
3seeing|,,20
4igning|,,25
4o|-13,,18
4peaking|,,20
4traight|,,-11
Bforward|-11,-12
4urprised|,28
3taken|20,-12
5lking|,29
4hat|11
5e|,15
6re|,-14,18
5inking|-13
6s|-11
5rilled|,11
4old|16,-12,23
4ransparent|-18
6velling|-13,-14,-13
4urned|31
3up|,15
5front|-17,,11
4seful|-15,,-18
3very|-23
3watching|,-12,20
4illing|-19,-19
5th|,,34
7drawing|,15,34
4orth|23
2ar|15,-14,11
4 that|16
3utiful|,29
2came|19,,-13
6 clear|,15
4use from|31
8i'd|11
Am|11
9f|16
9t|,12
8my|-14,32,-11
8the|15
By|,29
Ais|,13
8you|16,-17
Br|17
3ome|,17
5ing|,,36
8 difficult|,,36
2d|-11,15
3s|,15
4ide|,-12
2en <n>|,,34
5a|,,12
6bout|-17,,-26
6cting|22
6lmost|,-14,38
6ppointed|,15
6sked|,,-18
8ing|,,34
5checking|-11,-14,38
5doing|,24,-11
5filled|21,-23
7ve|,,14
6orgotten|,,34
7ur|,,14
5getting|,15
6iven|31
6ood|19,-17,-13
5hard|,15
6oping|,-12
5in|,,14
7vited|11
5kind|14
9er|33
5looking|,-16
5made|16,-14,13
6ore|,,25
7ved|33
5named|,32
6early|,,34
6ineteen|,,36
5offered|-27
6n|,-17
6ut|,,25
5patient|,,36
6ractising|,-12
5rather|,29
6efreshing|,,34
5searching|,15
7nt|31
7t|16
6hortlisted|11,32
5talking|16
6he|,11
7ree|11,,29
6old|20
6rying|,15
6urning|-13
5very|-14,-16,40
5waiting|,-16,48
6orking|-14,,-11
2fore a|31
8nd|-13
9y|,-16,-11
Aone|22
7changing|-13
7friday|,,20
7i|12
8t|11,-12
7my|14,-24
7that|-16,-17
9e|14
An|-34,-14
Ay|,29
8ime|,29
7we|13,-23,-17
7you|-14,14
A're|16
6hand|28,,-22
A was|31
2gan|24
3in|-13
5ning|18
9 to|22
2half|,29
4viour|16
3ind|,14
6 it|,18
7the|,19
2ing asked|21
6clear|-11
7onsidered|,-16
6kept|11
6open|-23,-26,-20
6part|11
6so|,,-15
7traight|11
Eforward|33,-12
6the|,29,-13
7old|33
6upfront|,-12
7sed|20,-12
2lieve|,13,-31
7 i|-11,19,-19
9n|,13
9t|16
8my|11,,-11
8she|31
8that|14,15
Ae|25
Ais|11
8your|11,32
3lo|-11
3ow in|-11,-14
6the|11
2nch|-13
3eath|11
4fit|,29
3galuru|-13
2rth|11,23
2st and|,15
5candidate|,35
5in|-14,19
5of|24,,-19
5part|,-14
5with|12
2tter example|,-19
7for|-20,-12,11
8rom|31,,20
7in|-11
7next|,,-11
7prepared|-13
7than|,19,-24
3ween my|,29
8three|,-16,23
8us|,37,-11
2yond|,,24
6 that|-13,,29
1iased|33
2g|,16
3 four|31,15
4headed|,29
4part|16
3ger|,28,-11
6 than|,29
5st|-13,18
2lingual|-13
3ling|,,-16
7 service|11,-12
4s|,,20
2ology|16
2t more|24
4rich|33
3ter|31
1lind|-11
2ock|-17,,-14
5s|-13
3w|-21,43,-16
4 my|-19,43,-16
2unt|31,,20
1oard and|,,-13
6every|16
6meeting|-13,15
6results|,29
6will|,29
5's|-13
5s|,19,-13
3st|,34
5 but|,32
3ts|,-12
2nus|-11,23
2ok|-25,14
4ed|,-23
4ing|-16,-22
7 system|,-17
4keeper|-13,-14
4let|31
4s|,13,-11
3tcamp|,29
2rder|-11,18
2ss|15,21
4 at|,32
2th a|37,-16,-11
5felt|,29
6or|,15
5have|33
5know|15,34
5of|,12
5sides|11
6ome|15
5times|,18
4er|,-20
6ed|31,,34
8 to|31,,34
3tom|,34
6 of|,34
2ught|,,20
2x|20
3 ticking|33
1rag|-11,35
4 but|,34
3nch from|,29
7i|,15
8n|,15
7operations|-11,32
7was|33
6es|-17,14
4d manager|11
5s|,15
2eak|,-12
5 to|16
5fast|,-16
5s|,15
3ndan's|,18
4nan|-14
3wer|,-14,14
6y|-11,,14
2ief|13
5 note|,-16
6the|,15
6was|16
5ing|11,-12
5ly|-19,-11
3gade as|,15
4htpath|16
6water|,13
4id's|,32
3lliant|-11
3ng|-19,19,-15
5 a|,27
6in|,21
7t|,13
6something|,29
6that|-21,16,-17
8e|-26,16,-23
8is|,,20
7o|-19,28,-16
5ing|,11,-15
8 the|20
5s|,29
3sbane|-14,,-14
4tol|,-24
3tish|,29
2ought in|,29
2unch|,18
1udget|,,-18
6ing|,-11,-14
2ild|-12
5ing in|,15
9my|-11,-16
9on|,,18
9the|11,-12
4t|,11,-17
5 a|,,-13
7nd|,29
6the|,15
2mping|,,40
7 this|,,40
2rned|31
2siness analyst|-19,-21
9on|,,34
9tomorrow|,,38
3y but|11,,25
5day|20
5schedule|,,20
5week|-11
2t a|16
5fter|16
4do|,34
4from|16
4given|,29
4having|16
4i've|,,11
5t|15,-22
4my|,13
4please|-17,-19,-14
4that|11
8's|,18
6e|,,-24
7re|20
6is|,15,20
6ree|,,36
5o|,,40
4unless|,,34
4you|16,,21
7r|15,28
3ter|,15
2yer|13
5 role|22,-14
1y|,,12
2 <n>|-17,-15
3a|16
4bout|-13,-22
3changing|,-14
4lose|-16,-19,47
3email|,-19
4nd|,,34
3friday|-11,-12,19
3half|-11
4ow|,,-16
3me|,21
4onday|-25,-27,29
5ving|,-14
4y|-16,16,12
3name|,28,-20
4ext|-25
4oon|-14,-16,40
5w|,,40
3people|,15
4hone|11,-16
3return|,,34
4oughly|-13,-17
3someone|37
3then|-22,-24,25
5is|-21,-23,37
5ursday|-26,-28,21
4omorrow|-16,-17,46
4uesday|16
4wo|,24
3wednesday|-16,-17,43
4hat|,-12
3your|16,-20
0cabinet|,15
2f|,16,-15
3e|-11
2lder|,-21
3ibre|,35
3l and|18
6t|,-12
5centre|,,11
5from|,,11
5i|11
6f|,-12
5last|20
5on|11,-14
5rather|,-12
6esolution|,15
5so|20,-12
5the|11,-12,20
6o|19
5was|35
6hen|,15
6ith|33
6ould|27,-16
5you|,,34
4back|-11,18
4ed|,11,14
6 me|-11,28
7the|11
8wice|11
4ing|,,-27
7 me|,,-21
8rather|-16,,-13
4s|,12,-12
5 from|,32
6me|,34
6when|,15
3m|-20
4 the|-11
4er|-11,,23
2me across|,,-19
5back|,16
5down|,,-18
5from|,,-14
5in|,,-14
5out|,,-17
5through|,-21
6o|,13
5up|11,-11
4ra|16
3paign|,,-17
8 and|,,-11
9i|,15
9launch|31
4us|,,-24
6 visit|,,-15
2n answer|31
4bring|-13,37
5ut|,29
4continue|-13,13
8ribute|,15
4ever|11
4get|,-16,24
5ive|,,11
4hardly|31
5elp|-14
4i|,,20
5magine|,,20
4keep|,,-15
4learn|,-12
6t|,,34
4make|,,19
6tch|,32,14
5ove|-14,-12
4offer|-11
5nly|25,,11
4plan|-11,,16
5repare|,-16,-11
6omise|,32
7vide|-21,,-19
5ut|,,22
4say|-21,36,-18
5end|-30,,-16
5hare|,,-12
5peak|,14
5tart|-14,,-11
7y|,-20
6op|,,27
4talk|,15
5ell|,14
4work|,,-13
4you|,,23
3't|,,14
5 commit|,,20
6help|40,-19,-14
6keep|-20,-23,47
6move|-13,-14
6quite|,,20
6see|26,-14
3cel|11
6led|26,-16,14
3did about|,,-16
7than|16
7you|-11,,14
6acy|14
7te|19
9 and|16
Bsked|31
Abefore|31
But|,15
Acan|16
Aexperience|44,-19
Afor|,35
Ahad|20
Cs|,,14
Ain|16
Bs|20,15
Anext|-11
Ato|16
Awaiting|,,20
Cs|33,-12
Bho|11,19
Bith|11
Bould|16
Ayou've|,29
9's|13,-14
9s|19
A are|32,-16,-11
Cs|,15
Ct|24
Bdeserve|33
Co|16
Bfor|15
Bi|31
Cn|,,20
Bknow|17,-12,19
Bon|,15
Bwho|16
Cill|31
Dth|11,18
Could|11,-16,14
Byou|,32
8ure|,-23
4our|,,-12
7 about|-21
3not|,,26
6 keep|,-14,29
7see|31
7wait|,,42
2pable|,24
7 of|,29
8though|,29
4city|,-14,-11
3e|,29
3tain|,,18
2r|,,-11
3diac|-23
7 step|-13
8unit|,,20
5ology|11,-12
4s from|,15
3e home|11,,14
5nurse|,15
5the|-11
5you|-19,-19,-16
4er and|,15
8t|,15
7break|31
6s|,-15
7 page|,-22
9ortal|,,20
4ful|,-12
3la|16
3rier|,,38
7 pigeon|,,34
6s|,,-13
4y|,-21
5 on|16
7ver|-13,-14
2se a|-13,15
6nd|,,34
5email|,,38
5i|,13
6'd|16,-12,14
6t's|,,-15
5my|,,38
5presentation|16,-19,-15
5study|,,-12
5that's|-13,-12
7e|-14,,24
8y|,-17,12
7is|,,34
5you|,,20
4loads|,15
4s|,12,-15
4worker|16
2tch|13,,13
5 you|,,36
5es|,15
3egory|,18
2ught|,,11
6 up|,15
3ses|-13,-14
1ebu|,18
2dar|,15
2llar|,18
2nt|-16,-20,-13
4er|-13
4re and|16,-16,-13
7in|,-14
6s|-11,18
2o|11,18
2rtain i|,15
7ly|,,-11
7ty|,,34
4ificate|,-13,-28
B in|,-14
Cwhich|,-16
Bs|,,-14
Aion|,,-20
1fo|-11
1hain|,,-24
5 analyst|-11
4rman|,29
3llenge|-11,-12
9s|-16,,-13
3nce and|31
7to|,,-12
7you|,,14
6s|16
4ge|,,-20
6 to|,15
7your|-13
6d|,-34,-17
7 between|31
8to|16
6s|,,-12
7 or|,15
5ing anything|-11
9how|,-16
3rge|,11,-21
6 nurse|,16,-15
4m|,15
4tered|,18
9 accountant|11
3se|,,17
4ing|,-16,22
3t|,12
4 i'm|,15
5this|-17,35,-11
6oday|16
5yesterday|-11,29
4ting|,21
2eck and|16
6back|,,18
6email|-11,-12
6in|-17
6where|20
9ther|-22
5ed|,,11
7 my|,,14
5ing my|-13,-16,43
9on|,13
9whether|11
5list|,-17
9 and|,-12
5out redesign|-11
3ers|,22
6 for|,21
3f position|,-19
5role|,,-13
3mistry|-11
2ief|,13
5 executive|,21
3ldcare|,,25
5ren|,,11
3n|17
2oice and|-28
7but|-11,-12,43
7so|-26,-16
7was|31
3ose|,13
6 but|33
5ing|11,23,23
8 to|,32
3se|14
5 the|16
5n|14
6 another|,,20
7candidate|,,20
7has|16
2urn|-13,11,-21
5 model|,,-11
1ider|,15
5 client|,15
2rcling|,,34
8 back|,,34
4umstances|,-19,-11
2ties|-11
3y|,16,-19
2vil|,,-11
5 service|,15
1laim|-13,21
5s|-16
3rify|,-17
5ty|20
3ss|,11,-23
5 at|,15
6degree|16,29
5es|,12,-15
5room|,13,-11
9 and|,29
Apost|,29
2ean|,16,-16
5er|-11,18
4r about|-14,-12
7nswer|,-17,17
6from|20
6the|,19
5ance|,-12,-11
5ed|,,-13
7 in|,-12
6r|,,-24
7 picture|,,-16
5ing|,13
5ly enough|-11,32
8the|-11,18
3rical|,-12
8 officer|,-12
4k|,-14
5 post|11
3ver|-13
2ient and|,13
7list|,34
6's|,-12
6s|,18
7 and|-13,15
8have|,35
8would|,15
3mate|-11
4b|,15
3nic i|,29
8s|16
7next|,,20
6al and|,29
9data|11
9educator|-11
9nurse|-13,13
9pharmacist|,,-13
9research|-16
9trials|15
6s|,,-18
7 and|,-14
2ock|24,-12,14
3se of|-16,-19,47
6this|,-14,36
6was|16
5d|,11
6 the|16,18
5ly applications|31
8the|15
5r|,,-11
6 to|-14
5s|,,25
4ing|,-12
3ud|,19,-18
5 migration|,29
2ubs|,15
3ster|16
1o op|16
2aching|,,-11
3stal|,,-18
2de|11,,-14
3ing|,,-18
6 test|20
2ffee and|-11
2hort|,11,-18
2incidence|31
B but|31
2ld|,,-19
4 chain|,-17,-13
3laborative|,-12
D way|,-12
4eague|15
9s in|11
5ct|,,18
7ing|,32,14
A the|,29
8ons|,,-13
3umba's|,13
9 i|,15
2mbination|-13,34
3e across|,19
6long|,29
6round|,15
6way|16
5back|,11,11
6y|,,13
5in|-12
7to|,,14
5on|-11
6ut|,15
5through|,,12
5with|,34
4s|,,-12
5 to|,18
6up|,,-20
3fort|,29
7able with|,,-14
3ing back|,,-16
7from|,,-13
7in|-13,15
3mendation|-11,35
6t|,-23
7 that|20,-12
7s|,-23,-18
8 on|,-19,-14
5rcial team|,,20
4is|-11,-12
6sioned|,29
5t|-16,-17,12
6 to|-11,-12,14
6ment|-11,-12
6ted to|,-12
8e and|-13,13
Afor|,,-22
Ahad|16
Cs|-11
Ato|16
Awill|16
9's|,,-21
B decision|,,-13
4on|,,20
4unicated|11,-12,25
C to|11,-12,20
Aion|26,-17
D from|16
Ds officer|,,-11
Fspecialist|-11,-12,23
7ty health|,,-11
Amanager|,,20
5te|,-23,-14
7 would|,-12
3panies|,14,17
9 have|,,34
Ai|,,20
6y doesn't|31
8for|-11,,-11
8has|,,14
8i|-22,20
9n|-13,-14
9s|-13,-14,12
8remains|,15
8that|27,-14,16
8which|,18
9ith|-14,-19
7's history|,34
5rable|,15
4etencies|31
9y|,13
6ing|,15,12
9 offer|,,12
7tion|,,-22
Bs|,15
9ve|,13
8or|-11,15,43
As|,29
4lete|,,-27
8 a|-11
9sense|-20,-17,-13
8d|,-16,-26
9 a|,-12
Amy|-16,-17,-15
Athe|,-24,-15
8ly|-18
A fine|-13,,11
Bunderstand|-24,-21
6x|,18
5iance analyst|,,20
Bofficer|,-12
6ment|16,29
2ncierge|,15
4lude|19
8d|22
4rete|,,13
3dition|,,20
9s|15
4uct|33
7ed|16
3fidence|,,-15
A in|16
8t|,15,-14
9 i|-25,,-22
B'll|,34,20
Amy|31
Athat|-16,41,-13
5rm|,-11,11
7 by|,-14,17
8i'm|,,-14
9t|20,-12
8my|,,14
8that|,,11
Ae|11,-12
8which|33,-12
8you've|,,34
7ation by|-11
7ed how|,-20
7ing|16,-24
A that|20,-12
De|17,-16
7s|15,15
4lict|-11,-12
4used|43,-20,-15
6ing|31,,14
7on|22
3gratulations|,-14
F on|20,-12,14
Gto|,-27
3nected|,15,11
7ion request|,,34
3servation officer|,-12
9or|,-12
4ider|,,12
8 my|,,27
9this|,,23
8able|,15,20
By|,17
C higher|,29
9te|,,20
Aion|-13
D for|-11,-12,-11
8ed|,,-11
A again|,-19,-16
Bfor|,-11,-12
Bif|,,-23
Cn|33,-16,-11
Bwhen|20,-12
8ing my|20
4olidation|-11
4truction|20,-12
4ultancies|16
Ay|-14
9t role|-16,,-13
8tion|,-15
7ing|,21
A for|,15
5mer|-13,13
3tact|,-11
7 details|-14,-16,-11
8me|-11,,20
7ed|16,-23
7s|,32
5iner|20
9 terminal|31
4ent designer|,,20
8lead|11
8strategist|-13,-14,11
5xt|,,-11
4inue in|,-14,-13
9the|,,-13
Ao|-13
8d|11,-17
9 success|16
7ing|11
4ract and|-13,21
At|,,-11
9ends|,,25
9renewal|,,34
8or|,-19
As|-11,18
8s|-21
5ibute|-14,,-27
A to|-16,-14,-24
9ing|-16
C to|-14
5oller position|-13
Brole|,-17
3venience|,-17,29
9t|,-19,-16
5rsation about|-11
End|,,-18
Di|11
En|,-12
Dlast|-16,-17,12
Dmade|-16,-20,-13
Don|-16
Dso|,,25
Dthis|-24
Dwas|16
Cs|,,-20
D and|,,-11
Eover|,-14,-11
Ewith|,-11,-17
4inced|,11
9 than|,34
Ce|22
7ing|16
2ok|,15
3ling|-11,15
3rdinated|-13,-17
9ion|,-14
9or interview|-11,-12,14
Cjob|,,20
Cposition|,-18
Ft|,,-16
2pe|16
4 with|16
3ied|13,-14,44
6 in|,,34
7mr|,,34
3per|,,20
3y|,,-24
4 of|,-19,-16
4ing|16
4writer|-22
A role|-17
2re|-13
3ner|,12,-13
6 in|16
3porate|-14,14
3ran|,,20
4ect|,-11,-16
7ion|,-20,-15
4ib|,,20
3vid|16
2st|,,12
4 me|16
5you|16
2uld answer|,,14
6both|22
7ring|,13
6confirm|22,-16
9tribute|,-14
6finally|,15
6give|,-14,29
6have|19,,-24
7elp|,-17
6improve|-11
6keep|-14
7indly|-11,-12,23
6let|-11,-14,38
6make|-13,13
8nage|,,20
7ove|-11,13,23
6not|13,,-17
6offer|15
6probably|,29
6raise|,15
7un|11
6see|,17
7hare|,,20
7omeone|,,36
7pare|,,23
7tart|-14,,-22
8ill|,,14
8rengthen|-11,-12,-11
6take|-11,,-11
7each|,32
6work|,-14,11
6you|,-24,16
5n't|19,,-20
8 help|22,,-13
3ncil's|,-16
7s|,-12
4t|21
5 against|42,-16,-11
6for|20
5down|31
5ed|27,-16,-11
7 for|33
6r|,,-11
7balance|-14,-16,-11
7offer|,15
5ing|,,23
8 on|,,40
5ries|11
6y|-17,28,-14
7 and|,29
5s|,14
6 for|,15,12
5y|,,-24
6 council|-11
6's|,12
3rier|,29
4se|,,-12
6 i|-25,,-22
8'm|,,-13
8n|,-19
7on|-13,-14
7though|20
6s|-11
4t|,,20
5ed|33
6ous|35
6sy|18,,13
8 of|19
3sin|31
2ver|,,-11
5ed|13,,-17
5ing|15
8 the|,15
5s|,-21,-18
6 the|-13,-14,-13
1pc|,-12
1reative|,14,-14
3st|,15
5line|-16,12,-13
3wing|,,25
4s|-13,13
2ime|16
3teria|19,-16,-11
8 and|11
7on|29,-12,-13
9 in|38
4ical|-14,,-11
8 care|-14,,-11
2oss|,,-18
5 again|,-16,-28
7t|11
6border|,29
6paths|,-11
1t|11
2 radiographer|16
2o|,15
1ulture|18
2p|15,29
3 of|,29
2riosity|,15
5us|19,12,-13
7 to|35
3rent|-21
7 company|-26,15,-11
Antract|-19,-21,11
8employer|-25
8firm|-13,13
8hospital|-11,18
Atel|,15
8job|-21,-11
8manager|,,25
8post|-11,-16,-11
9ractice|,15
Aoject|-13,,-13
8role|-20,,-17
8school|-11
8team|,13
8until|-11
8ward|-13
7ly|,,-11
2stomer satisfaction|-11
Aervice|,-21
8s|-20
6s compliance|-11,-12,14
2t|,,-13
3 above|,32
4my|31
4off|16,,11
4the|-11,-12
5o|31
3ting|14
1v|15
2 again|,,20
4nd|15,-14,11
3before|38
3i|,13
4s|,15
3on|-11,-16
3so|16
2s|,15
1ycle and|,15
0d|,-12
1aily for|,,20
3ry|20,-12
2na|16
3gling|,,40
2shboard|,,-13
9s|,,-18
2ta engineering|20
5scientist|-16
5team|,15
4base|11
3e|,-13
4 has|,-12
5i|,,14
5to|,-12
5you|,-12
4s|,-22,-20
2ughter|,-12
8's|,,34
2ventry|11
2y after|,,20
5nd|14
5s|,,14
5t|,-12
4before|-11
5ut|,,18
4for|,-16
4i|31,,14
5tself|,-12
4next|,15
4of|,12
6f|21,,14
5n|,-17,-11
6e|,27,-16
4plan|-11,18
4so|,12
4to|,11,-17
4was|18,-20,-15
5ith|,13
3's|38,-14
5 leave|35
3s a|,,-11
6go|,,34
6nd|13
5before|22,-14
5delay|,,34
5from|,,23
5in|,,-11
6s|,,14
5later|31
5of|18,-19,14
5since|,,36
6o|11
5to|-19
5until|,,23
5which|,18
1e|,-14,-11
2adline|-15,,12
8 and|11
9but|,,34
9for|,,40
9is|-13
9of|-22
3l about|,,-14
6nd|,18
5from|-11,,-11
5in|,34
5more|,15
5of|13
5to|,,11
4er|-11
4s|-13
3r graduate|,-16
5ms|-17
5priya|31
5sir|,,14
2brief|20
2cade|,34,-16
6 and|,29
7but|,32
7of|,29
3ember|-18,-20,-15
3ide|-13
6 by|-22,-12
7on|,-12
7quickly|,,20
7this|,,34
7whether|16
6d|,-12
7 against|,,36
8before|35
4sion about|-11,-12
As|,-12,27
9before|-18,,28
Aut|35,-12
Ay|-15,-16,24
9due|-13
9for|,,20
Arom|-13,-14,38
9had|26,-14
Bs|,-22
9i'd|,-12
An|-11,-12
As|,,14
Atself|16
9knowing|-11
9might|-13,,-13
9of|22,,-11
An|,-19
9so|-13,,-13
Bon|-11,,23
9this|-13,-16,43
Bough|37
Ao|21,,-14
Bday|,,34
9urgently|,,36
9was|21,-25
Aill|,,20
Bth|,,-14
Din|-14,-14,29
Aon't|,,34
Buld|,-17,19
8s take|,-12
3khand|,-12
2ep|,15
4a|16
2gree|14,,-14
6 and|33
7in|11
7was|31
2lay|,11
5ed|-11
3iberation|,,18
4ght|,15
7ed|-11
4vered|-19,13,-16
3ta|,,-15
2mand|-14
6ing|-11,18
3o|,15
4nstration|,,-17
2ntal|-16
2partment|,,-12
A has|-11,18
Bof|-11,23
Bto|,,20
Bwell|31
A's|,,-18
C new|-11
3end|,15
6 on|,15
3loyment|-13,13
3ots|-14,-16,-11
3th|,14,-18
5 in|31
6of|,18
6to|,29
3uty manager|,-12
7stage|16
2scribed and|,,-13
Bre|-14,,-11
Ahas|,29
Ain|11,,-11
Bs|-11
Bt|31
Ame|,38
Ato|22,-14
7ing|31
A the|31
6ption|11
B of|-11
Cwas|16,15
3erve|29,-16
7 to|33
7s|,,14
3ign award|,15
7engineer|-19
6ed|19,12
8 to|31
7r interview|,,20
3k and|-11,15
5runs|,29
3pite|,-12
2tail|,,-17
6 and|16
6ed explanation|-11
6s|,,-31
7 are|-11,18
8for|,,-13
8on|,,-18
2v|-11,15
3ops|,-14
6 engineer|-11,-12
1iagnostic|,29
3ry|-19
2d|17
3 and|,15
5rrive|16
5t|-14,14,-11
4but|,15
4enjoy|25,,-25
4feel|41,-14
5ind|33,-12
7ish|,29
4get|37,-16
4my|,-14
4not|11
7ice|38,-17,-11
4on|-11,-12
4say|,,20
4the|,,-14
4want|37,-19
5onder|40,-12
3n't|,,-11
6 come|11
7have|20
7mention|16
7say|-11,32
8eem|16
7want|-22,-28
8ork|,,-14
2fference to|,-12,23
8t|12
9 from|16,,11
Apeople|,,20
Arole|31
Athings|,,20
9ly|26,,-15
B but|33
4icult|12
9 choice|-13,-17
Ato|26,-23
2gital|-18
2nner last|,18
2rections|20
6ly because|31
6or|,12
8 has|,29
9level|,29
9of|-18,15,-14
An|16
9role|-27
8s|,13
2sappointed|,-11,-14
C and|31
Es|-22,,-15
Dbut|-14
Di|-26,-11,-25
Dnaturally|,-16,-11
Eot|-11,-12
Dof|,-14
Aing|,-14,-20
D news|-14,-16,-11
Ament|,-12
3charge|,,-13
4uss it|,-12
7ed and|-14
Ai|,,-11
Aon|-25,,-20
Awhich|11
7ing|,,-16
A the|-18,,-15
8on about|-12
Cnd|,-12
Bon|-20
As|-13,-14,11
3pensary|11
7ing|11
3sertation|-16
3tribution centre|,,-14
9or|-14
Bs|-11
6ct|,,-11
8 for|,29
4urb|,,34
7 you|,,34
1o a|,,-22
4nd|11
4ppreciate|41,-20,-15
3better|-13
3call|,32
3feel|,,11
3hope|23,,20
3i|,,20
4f|16,,34
4n|16,13
4t|-19
3keep|,,-23
3let|,28
3most|,15
4uch|15
4y|-14,,-11
3need|-13,-14,42
5xt|,-19,-11
3pass|31
3still|27,-16
3tell|,29
5nd|,29
4hat|-14
5e|,11
5ink|25,-12
4o|,-12,23
3wish|24,,-11
5th|22,,-14
7out|,29
4onder|40,-16,-11
3you|,,-14
2ck|,12,-13
4side|,15
3torate|-11,18
6s|,29
3ument|,,-18
8ation|-19,-11
8s|-13,,-30
9 are|-23,,-21
Afrom|-13
2es|18
4 feel|31
5look|31
5make|33,-12
5not|22,,12
5seem|16
4n't change|-11,-12
9ome|-11,,20
8often|,29
8really|33
8suit|,-12
2ha|,,34
2ing a|,29
7nd|-13,,11
6but|,29
6on|16
6so|16
6the|-11
6well|-14
7hat|16
7ith|-11,-12
2n't believe|21
6come|,15
6feel|,-27,-24
7orget|,,34
6have|,-14,18
7ear|-18,-20,46
7old|,-14
6intend|,,34
6keep|,,40
7now|,,36
6leave|,,36
7ike|-11,32
6make|,,34
7ind|,,11
6need|-11,-12,23
6say|,15
7tay|,29
6take|31,15
6usually|,29
6want|-15
3e it|-13,39,-13
5this|,21
6wo|,29
2ors|,29
2ubt|,29
5 anyone|16
6many|-14,38,-14
6you'll|,29
2wn a|,-16,14
5by|15
5for|20,12
5in|,15
5on|15
5the|16,-11
6o|,,-22
6wo|-13,,27
5unit|-14,,-11
2yle's|16
1r|,,-13
2afted|20
3g|,,38
4 on|,,36
3w|15
4ing|,18
7s|,17
4n up|16
2ift|,,20
3ver job|,,20
6s|,-16
4ing|,15,-11
2op|-11,,13
4 in|-11,,14
4ped|,-15
7 from|-11,-12
3ught|,-12
3ve|19,,14
5 four|,,34
1ue by|-13
4in|,,20
4next|,,20
4respect|26
4to|11,-16
2rban|,15,11
3ing|,,-11
6 my|,,-13
7service|11
7that|-11,-12
2st|,,20
2ties|,-14
0e|-13
1ach month|-11
7rning|,,20
5other|15
A's|11
5question|11
5stage|15,-14
5time|15,-14,20
5way|,-14,27
2ger|-22
5 to|-22
2rlier|,-33
7 and|,,20
8conversation|31
8note|,,34
6st|-23,-25,34
8 as|,,38
9convenience|,,36
4y|-17
5 and|-13,12
3marked|33
9 for|31
3ned|16
2sier|-19
6 to|-19,-12,20
5st|-14,17
4ly|,,-13
3y for|-11,,23
5to|,,-15
1dge|15
2ited|,15
4ion|,15
2ucation and|,15
6or|-13,13
1ffect|11
6ively|,21
3ort|13,-26
6 i|,,23
1ight hours|,,36
6weeks|-11
6years|,19,-20
5een months|,,-18
2ther|,-20,11
6 of|11
7way|,-37,12
1lectrical apprenticeship|,,-11
8ians|,15
3ven hours|31
7minutes|20
7years|,29,-15
2igibility|16
2se and|11
5can|,37
6omes|11
5from|-11,,-19
5in|,24,-16
5on|-14,26
6pens|31
5that|,,-21
5which|,,36
6ould|,,-13
5you|-12
8're|,32
4's|,29
4where and|,-16
Afrom|33
Aso|,,14
Awith|-11
1mail|11,-14
5 about|21,-22
7fter|35,,20
7nd|,,-14
7s|,-12,19
6but|,,34
6confirming|31
6every|-11,-12
6finds|-11
7rom|11,-12,14
6i|-11,-12,14
7n|,,20
7s|-11,,22
6of|,,14
6rather|31
7egarding|27,-17,-13
6says|35
7ince|,,34
6that|11
6went|31
7ould|,,18
5ed|-13,-14,38
5s|,-15,23
6 are|,,38
7i|16,,18
7of|-14,-16,40
7to|,,20
2barrassing|,29
2ergency|-21
2ployee|,13
8 of|,29
8s|-11,-12
7r and|,-12
9has|-19,-16,-18
9that|33
6ment|-16
1ncourage|,,20
9d|,,-11
8ing|,-16
2d close|,,-13
4i|,-14
5s|22
4process|-11
4rush|,-14
4the|,15
5o|-11
4up|,16,11
4was|16
3ed|,,16
5 up|-11,,23
3s|-12,,20
4 in|,-12
5next|,,34
5on|-17,,19
5up|,15,20
2ergy to|,29
2gineer in|,29
Bterview|-11
9trainee|,16
9who|,23
8ing and|20
Cmanager|,13
Croles|11
8s|-11,22,-20
3lish|11
7 translator|16,-12,14
2joy helping|-11,-16
6learning|,-12
6meeting|35,,-22
6the|11
5able|-22
9 conversation|-11,18
5ed discussing|-13
8every|,,-16
8getting|11,-17
8it|-21
8learning|-13,-15,-16
8my|,-14
8our|,,-33
8talking|,,-14
9o|-11,32
5s|-11
2ough for|,,20
7of|31
7to|,16
2quire|-13,,-13
6ies|,,20
2rolment|,-12
2terprise|,18
3husiasm|,,38
9tic|-11
C about|-11
3ire|,18
6ly|,,-19
8 on|11
3ry|11,-16
5 level|20
2vironmental|-22,-13
D consultant|-11,-12
1qually|11
3ivalent|31
1rp|-11
2ror|,-19,-11
1specially|-14
A after|-17
Benjoyed|,,-20
Bon|-17,-19
Bthe|-15
Byour|-11
2sential|42,-12,-14
9 criterion|37
2tate|,,-18
6 and|,29
3eemed organisation|,,13
3imator|-14,-16
9 role|-11,-12
1uropean|,,11
1ven a|-13,-25,28
5if|11,,14
5one|16
5so|-11,,14
5the|,16,-14
7ough|-19,18
5with|-18
9out|,15
4ing|,-16,17
7 and|-11,-12
8whether|,,38
7s|15,-19
4t|,,-11
5s coordinator|,,11
7team|16
3r|,,-18
4 had|,34
7ve|,-12
5made|,29
5need|-13,,-13
5since|-11,15
5that|,14
4y applicant|31,,20
6branch|,32
6candidate|16
7ompany|31
8nversation|,-16,-11
8uple|,,42
6day|-17,,18
6essential|37
7vening|-16,-17,25
6fortnight|,,20
6hour|,,34
6monday|,,34
9th|,,20
8rning|-13,13,11
6new|,15
7ight|,,34
6project|,34
6question|37
6saturday|,-12
7ingle|16,29
7tage|,,-13
7uccess|,,-25
6ten|,,34
7ime|,,18
6week|-19,,23
5one|,,-11
8 and|11,,-14
9else|17
9has|16
9i|17,,-11
An|,12
Bvolved|,-12
9on|31
8's|31
A time|31
5thing i|22
Cn|16
Cs|-11
Bon|,,34
2idently|35
1wm|11,-12
1xact|,18
5ly how|20
8that|11,,-11
8where|-14
3ggeration|,29
3m|-17,,-27
4 last|-16,-20,-13
4ple|-11,,-21
7 is|,-14
8of|,15
7s|,,-15
8 i|-11
9of|16
4s|-14,,-18
2ceed|,32
4l|-13,-17
5lent|,,-11
4ption|,,18
9al|,29
3ited|-15
7 about|-14
8to|-16,,-13
2ecutives|,13
3rcise a|,15
And|16,-12
9felt|31
9rewarded|31
8s|14,,-13
2isting|,-16,-11
5s|20
2pansion and|,-14
Aplans|-11
3ect a|,,22
8n|,,20
7the|-13,,12
8o|-18
7your|,,38
6ations|,-12,14
6ed and|-16
At|16,,14
9better|31,,20
9it|,15
9to|,-14,13
6ing|11,-16,18
9 to|16
Ayour|,,34
6s|,,-13
7 to|,,-11
4dite|-13,-14,42
8 the|-13,-14,38
4rience|,,-18
A counts|31
Bfor|,,-11
Bi've|16
Cn|,-12,-17
Bof|27,-14
Cn|16
Cr|-13
Bthan|33,29
De|,,-11
Co|,,-16
Bwhich|24,,-11
Cith|11,-19
Could|-14,-12
Ad|11,13
B person|,34
3ired|-11
6s|,-16
7 on|,-12,14
3lain|,,-27
7 a|16
8my|11,18
8the|,,-18
8why|31
7ed the|-16
7ing how|-14
Bthat|,-23,-18
7s|33
3ort|,13
4sure|19
3ress|,-12
7 my|,-12
2tend|-11,-12
6ed|-11
4rnal|30,,-13
8 applicants|31
8ly|31
1ze|-11
0fabrication|,,11
2ce|,12
4 to|,,12
5when|,32
4book|16
4s|,21
3ing|-11
3t|,11,-19
4 that|,17,-11
4ory|,,14
7 and|,,20
2il|,34
4ed|,34
4ing|31,15
4ure|,-14
7s|-11
3r amount|22,-16
6nd|-18,,-13
5bit|-14
5few|,15
5preview|31
5test|11
5warning|,,23
4er|,-12
6 to|,-12
4ly|,20,-15
6 obvious|16,29
7quickly|,12
7straightforward|,34
8ure|,18
4ness|-13,,-19
8 that|-18,,-14
3th|26,-14
2lls|-14
5 prevention|-11,-12
6through|,,36
2miliar|,,-16
8ity|31
6es|,,-17
8 on|,15
5y holiday|,,14
7is|-14,-16,24
7so|,,11
7to|,,34
7wedding|-11,-12,-11
2r ahead|,29
5nd|,15
4easier|-11
4more|20
3m|11,23,23
4 manager|11,15
4er|-11
6s|-11
4s|-11
2scinating|-17
B and|,29
3t|,16,14
4er|,16,15
6 and|,29
7than|-14,24,13
5st|-11,37
2ther|,,18
2ult|27,,-14
2vour|,34
1ear|,32
4 for|,29
3tures|-16,,-13
2bruary|,-20
8 and|,-16
2e|,29
3d|,,20
4back|,-15
8 about|11,,-16
9call|15
9from|,-16,-13
9i|11
An|,,14
At's|31
9mentions|20,-12
9on|-11,-14,-12
9within|31
9you|,-19
3l a|11
5free|31
5i|35,-16
5like|14,,-13
5obliged|-19,-16,-16
5rushed|-13
5the|27,,-22
5very|-13
5you|,-14,-13
4ing i|,15
9'd|,29
8that|,29
Ae|13
7s|14
8 about|31
At|-11,29
4s|,,13
3t|,23
2ll|,-11,-26
4 apart|,18
5short|,-25,-20
4ow post|,-16
6ship|-11
3t|16,,-19
4 a|22
6s|31
5designed|31
5it|,24
5like|21,-17,-13
5more|22,13
5rather|16,13
6ushed|31
5the|15
2nwick|,,14
2rris|,15
2stival programme|,,20
2w days|,-25,23
4ideas|,18
4minutes|-30,-14
5onths|-13
6re|-11,23
4of|,21,-11
4people|,18
4things|,-14,25
5imes|,,11
5ricks|,21
4years|,19,-14
1ield agronomist|-11
7nd|-14,,-11
6service|-13,-14
6was|16
5ing|,29
8 calls|,29
5work|-17,,-14
2fteen|11,,-12
7 minutes|24,-19
8years|,39,-16
4y|20,,-11
5 three|35
2gure|11,-12
6 i|22,-14
8n|33
6s|,11,-21
7 the|,15
8you|-11,15
2le for|,-17,-13
4s|,-14
3led|22,-28
6 internally|31
4ing|27,,-14
7 the|35,-16
3ter|,15
2nal answer|,,34
6conversation|,,20
6decision|,,19
6panel|15,-14,11
6rounds|,18
6stage|,,14
5ise|,13
8 things|,15
5ly|24,,12
7 get|,15
8letting|31
4nce assistant|15,-14
8business|,-17
8director|-11,,-19
8function|-11
6ial|,,-11
9 analyst|,13
3d|,13
4 a|,24
6nother|-14,32
7yone|-11,38
6ttached|,-12
5it|18
5me|11
6y|,15
5out|29
5someone|16,29
5that|20
7e|11,14,-11
5useful|16,15
5yourselves|,29
4ing|16
7 a|16
8it|31,,11
8someone|33
8the|15
7s|-16,,-13
4s the|,18
6you|-14
3e and|-11
4st|,37
3ish|,,-13
6 it|,15
7my|,,-11
7the|-11,18
6ed|,,-31
8 first|,29
9my|,,-13
9the|,-20,-16
Aop|,29
6ing|-17,,-13
9 my|-13
2re alarm|-11
3m and|,-24,-18
5has|-14,,12
5in|-17
6s|,15
5that|,34
4s|,30,14
5 have|,15
6told|,32
3st aid|-14,-19,-11
7nd|20,-12
6call|24,,-11
7hoice|-37
7lass|11,32
6day|,28,-11
6five|24
6in|-17,38,-14
8terview|11,,-16
6line|20,-12
6month|-21
6name|,15
7inety|,,-18
6of|-14,15,14
7ne|,,11
6paragraph|31
7reference|,-14
6quarter|-11,21
6round|17,-16,-11
6season|-11,-12
7hift|,29
7ix|-13
6ten|33
7hing|,,36
7ime|,,-11
7wo|,-16,11
6week|-20,28,-18
6year|,,-22
2t around|-11
4in|11
4out|11
4right|,29
4which|31
3s|,-12
3ting|,-12
2ve days|20
5minutes|30,-23
5stages|16
8r|,29
5weeks|14,,12
6orking|,,20
5years|,11
2x|-23,13
3ing|,18
1lag|14,-17
4 that|16
4ged|16
3ttering|,29
3w|,29
4 is|,29
2eet coordinator|-11
6planning|-11,-12,36
3w|,,18
3xible|-12,,-19
2ight|,,34
2ood response|,-12
4r|,,-12
5 i|,21
7'm|,29
3w|,,-18
4 i|31
2y|,,12
3 back|,,34
3ing|,-12
1ocus|,-23
5 on|,-19
5ed|,-12
2lder|,,25
3low but|,15
7me|,29
7the|-17
6ed|11
8 by|33
9me|-11,32
9up|17,,18
6ing me|,29
Aour|-17
Athe|-20,,-17
Aup|,,11
2nd|16
4 of|16
2od bank|-14
5hygiene|,-12
4s i|,-14
3tbridge|,15
4ing|,15
2r <n>|-16,,-13
4about|,-12
5dvice|,32
5ll|,,-13
5ny|,-15,-14
7thing|,-12
5rranging|11,-17,-14
5s|-11
6sistant|17
5t|11,-14
4being|,,-16
5oth|,,11
5ut|,,-11
4calling|,,-26
5hasing|,,34
5onfirming|17,-16
4eleven|17
5ven|,-16,27
7ry|-13
9one|,-14
4finally|37,-16
6ve|11
5ollowing|11
6ur|,,-17
5riday|,,20
A's|-14
5uture|,,-18
4getting|17,-16,-22
5iving|-18,12
4him|16
5osting|,,-18
4informing|15,-13,-15
6terviewing|-15
6viting|,,-23
5t|,,12
6self|,39,-13
4keeping|-13,,-15
4last|-20
5ong|-13,15,32
5unch|-16,12,-13
4making|-13
5ore|26,,-13
6st|20,,-17
6ving|-11
5uch|31,,11
4nine|16
5othing|21,-17,12
6w|,-12,23
4one|,,14
5rganising|,,-13
5ther|22,-12
4passing|,-16,-11
5honing|,-19,-14
4reasons|31
6ceiving|-13
6plying|,15
5inging|12,,-18
5unning|19,-17,-11
4seeing|,12
6nding|11,-19
5imilar|14,-17,-15
6x|11,15,-13
5o|20
6meone|,26
5peaking|,-24,-18
5taying|,15
5uch|,,-18
4talking|-11
5elling|,,-26
5hat|13,-19,12
6emselves|,15
6is|,12
6ursday's|,,-20
5oday|-23,21
5uesday|,15
B's|-11
5wenty|24
4understanding|-13,,34
5s|,,18
4what|,,-15
5riting|16
4years|,15
6sterday|,,12
5ou|,,14
3ced|,15
6 to|,15
3ecasting|,,-18
4man|-11,19
3get|-13,13,16
6 me|,,36
4ive|18,13
7 me|26
8the|16,34
4ot|-17,15,-16
6 to|-17,15,-16
6ten|,-14,38
9 about|,,34
3klift|,-24
8 licence|-14,-16,-11
3m|,,-15
4 letter|24
4al|,-12
6ity|41
6ly|20
5t|-14
4ed|33
5r|,16,-21
6 boss|,29
7colleague|16
3tnight|,,13
9 and|,,34
9ly|,-14
4unate|,29
4y|16
5 eight|,,36
6million|,29
8nute|37,-12
Cs|28
3ward and|11,18
8so|,,20
2und it|19
6my|,-12
6out|31
5ation|,,-11
3r days|11
5firm|31
5hour|33
9s|11,,25
6undred|16
5interviews|31
5of|,18
5rounds|24,-21
5so|,15
5times|37,,20
5weeks|-26
5years|,,-15
4teen|14,,-15
8 years|24
5h|,,16
6 message|,,34
7round|31
7time|11,,36
1ramework|,,-15
3nk|,,11
5 discussion|-13,,11
6i|,,20
5ly|16,24,13
7 i|13,21,11
9t|16
8nobody|16
8the|11,32
5ness about|-16
2eelance|,,-15
4s|,15
4ze|11
3nch|,15
3sh|,,36
5er|,18
7s|,29
2iday <n>|-22,-23
7about|-12
8fternoon|,-14,36
8t|-11,-14,38
7i|,,34
8'll|-13,-14,42
8s|,,14
7so|-20,-22,22
7the|-25
8o|-11,,19
6s|16
3end|11,,14
6 who|,,20
6ly|,,-18
6s|,,20
2om <n>|-21,-15,-31
5a|12
6bout|-17,-19,-14
6n|19
7other|-18,-15
5consideration|-13,-14
5day|,23,-14
5her|,18
5last|-16,,20
5me|-24
6onday|,,11
5nine|,-14
6ow|,,20
5other|,34
6utside|24,-12
5people|-13,13
7rth|,15
6une|16
5retail|,-12
5scratch|,16
6omeone|14
6peaking|,15
6tart|16
5that|,,-11
7em|,-14
7is|11,,-11
5week|-11,32
6hat|13,12,-15
7ere|22
6ithin|11
5your|13
5zero|,29
3nt of|11,-12
8fice|,14,-18
3ze|,-11,-16
5 twice|22,-14
5n|33
2ustrating|,,23
1uel|15
2ll|,,-12
4 attention|17
5picture|-13,,-22
5time|13,,-17
5weekend|31
4er|,13
6 picture|,18
4y|,-19,-14
5 accept|-11
6respect|-14,-12
2n|,15,-18
3 and|,29
3ction|-16,,-13
3ding|11,-16,-11
4raiser|,15
8ing officer|-11
3eral|,-14
7 arranger|,-12
2rther|-11
7 details|-13,13
9ocuments|-29,,-26
8from|-14,,12
8i|,-12,-11
9nformation|-20,,-18
8questions|,,-13
8the|-13
9o|-11,,29
8would|-11
8you|-18,,-11
2ture|,-11,-25
6 and|,-14
8pplications|16
7candidates|41,-17,-11
7i|,,-13
8t|31
7openings|,-15,-12
9portunities|,,-11
7positions|11,13
Ats|11
7roles|11,,-30
9unds|31
7vacancies|14,-13,-22
0gala|,15
3lery|,13
3way|22
2me|11
2p|,,-18
3 in|-11
4was|11,,-11
2rage|,15
3den|,,-15
2s|,15
2ther|17,,-15
6 from|31
7i|31
8s|,24
2ve a|-19,,-14
5me|,,-13
5of|-11,-12,14
5the|-14,18
5up|22,13,17
5you|,,-11
1earbox|,15
2elong|,,-13
2neralist|-11
5ous|-23
8 and|,15
9with|-14
3omics|11
3tle|-11,,22
6 reminder|,,36
5y|19,,-14
6 point|16,11,-11
7say|31
8uggest|27,,-16
3uine|22,-14
7ly excited|-24
Afun|,13
Alike|15
Aopen|31
Athink|,34
Auseful|,-17,-13
2ologist|-11
2rmany|,15
2t a|15,,13
5t|16
4back|-18,-16,30
4in|,-12
4lost|,,36
4on|,,20
4round|,,34
4that|,15,11
6e|14
5o|,,-15
3s|,15
3ting a|,29
8back|18,-16
8in|,15
8someone|,29
1hosted|,,36
1ifted|,29
6 student|,29
2s|,-12
2ve a|-14
5it|-14
5me|-17,,22
5notice|,,18
5the|,16
8m|-13,-14
5you|-14
4n|14
5 a|31
6how|11,,18
6it|31
6that|15
8e|16
7o|11
6up|,29
4s|,,-16
3ing me|-21,,-16
7you|,,38
1lad|,,-16
4 someone|20
5the|,-14
6o|,,-17
5we|,-12
3ncing|16
8 at|16
3ss|11
5door|37
9 so|33
2ossary|,-12
1o ahead|-16,-17
4nd|-17,14
5other|-14,-16,40
3back|,13
3in|,-12
5to|,13
3live|,15
3on|,15
4ver|16,,-14
3quiet|16
3sideways|,29
4o|,21
3with|,15,38
2es smoothly|,-16,-11
5to|16
5well|,-22,-15
2ing ahead|,,18
6smoothly|-16,12
6through|17,-16,-11
7o|14
6well|-11
2ld|-13,34
2ne another|,-14,29
5better|16
5elsewhere|,,34
5to|13,-27
5with|,,19
2od afternoon|14
6t|,21
5conversation|,,20
5faith|22,-14
5luck|20
5many|,29
5news|-19,,11
5one|-11
5part|26,-17,-13
5season|16
7nse|,-12
6hape|,18
6tart|-19
6ummer|11,-12
5things|31
8s|,15
6o|,,-11
5week|-18,12
9end|-17,,12
2t an|,,34
4crossed|16
4going|31
4it|20
4lost|11,,14
4my|,21
4on|,,20
5ur|,29
4the|,13,16
5o|11,-12,14
1racious|20,18
8 about|31,15
3duate analyst|,,-16
9engineer|,11
9programme|,,20
9recruitment|,-16
9scheme|11,,-14
Atructural|,,20
Budents|-18,12,-15
8d|-13,23
9 top|,29
8s|11,19,-11
7ion|,,-11
3nt writing|,29
5s|,-16
6 coordinator|,,20
7officer|,-19
3teful|,-12
8 but|-11
9for|,-11
9if|,-18,17
2eat experience|,-12
6surprise|11
6to|-24
5ly|-11,18
3eted|16
5ings and|-11
3w|-18,15,-15
2ound|,13,-22
6 running|,16,-15
7up|,29
4p discussion|,18
6exercise|17,,-15
6for|,15
5's|,,-13
7 plans|,15
5s|-16,,-13
3wing|-11
4th|,15,-15
6 marketing|,18
1st|,18
1uard|11
2essing|,,23
8 from|,-16,43
9the|,-14,25
4t|-11,,-17
5s|-18,25,-15
2idance|,,-15
4e|-16
2lf|-11,32
0habit|,19,-11
5 of|,23
2d actually|,15
5lready|21,,-19
5nd|,34
6other|,,14
6yone|37
5sked|16
5ttended|-13,13
4been|25,-30,-13
4clearly|20,-12
4given|,15
5one|,-16
4hoped|14,-23,15
4i|33,-12
5n|11,,-19
5t|11
6s|,15
4made|37,-12
5e|16,15
5ore|16
5y|,,19
4no|,,36
6t|18
7hing|31
4prepared|16
4rather|15,,20
5eally|-14,-12
4seen|,18
5o|,15
4that|17
6eir|31
6is|,29
6ree|,21
5o|,,-13
5wo|,34
4worked|,18
4your|33
3n't|14,,-11
6 been|31
7come|31
7seen|13,,-15
2lcyon|-13
3e|16,,18
3f|,13,-21
4 an|35
6s|16
5hour|-13,13
5of|,12,-15
5the|,26,-16
5your|16
4way|24,-12
7 through|22
3l|,-16
3vorsen|,13
2nd and|,13
5drawn|,15
5holding|,32
4ed|,,12
6 in|,,23
6ly|-11,35
8 turned|,29
4ful|,32
7 of|,29
4le|-19
6 a|-11
6d|,,-22
7 the|,,-14
6r|,,20
6s the|-11
5ing|,,-20
4overs|-11
4s|,,-27
5 on|16,,-22
3gar|,,14
4ing|,-12,45
2ppen to|,21
6ed|,21
6ing|,,11
6s|,12,-14
4y|,,-13
5 to|,,-13
2rbourline|11,,11
3court|,,14
3d|16
4 feelings|14
6or|19,-19
5not|35,-22
5on|,15,38
5to|20
4er|,12,12
6 than|,,14
8o|,18
5st|-14,14
7 part|-11
4ly|41
6 seems|31
3low finch|11
8reight|31
3rowgate|16
3vest|,-19
2s actually|-14,38,-11
5lready|11,21,12
6ways|-13,34
5sked|-23,16
4become|,29
4called|-11,,27
5hanged|,-19,-17
5ome|,,11
5ut|,-12
4decided|,-12,34
6scribed|,29
5one|,21
4finished|-11
4given|-11
5ot|,,20
5rown|,12,-15
4its|11
4just|,15
4lost|,15
4managed|-11,32
5oved|-16,,18
5y|,21
4never|22,21
5ot|,,20
6w|,-17,19
4offered|-22
5nly|,,20
4passed|-13,-12
5ut|,15
4reached|11,-12,25
5un|15,13
4said|-14
5hown|31
5tarted|,,-18
4taken|,23
5he|-11
5old|,18
4worked|-13,39
3n't|-22,13
6 been|,,34
7changed|-13,-14
7stopped|,32
2te|,,16
4 for|13,,17
5to|,11,17
2ul|20
4age|11,-16
2ve accepted|,,-19
7tually|-13,34
6ll|,18
7ready|-16,27
7so|-13,,16
7ways|,21
6n|-11,-12,19
7d|-11
7other|,-21,21
6ppreciated|37,-14,-11
9oached|,29
6sked|-11,,-12
6ttached|,-25,-20
5built|-14,26
5called|,21
6hanged|,-12
7osen|,,14
6opied|,-12,40
7st|31
5enjoyed|,-12
6verything|,-12
6xpected|33,-14,14
5finished|-13,-14
5given|11,-12,-11
6one|14,,14
7t|,-12
5heard|11,,21
7lped|38,-14
5i|,15,17
5kept|,,18
5let|33
6iked|14
6ost|,,14
5made|,,-17
6entioned|-11
6ore|,29
5never|-13,39
7ws|,,-14
6o|-17,,21
7t|,,22
8hing|,,34
8iced|,35
7w|,,19
5observed|,29
6ne|,,-15
6ther|-11,-12,40
5passed|,,-14
6referred|45,-21,-16
8pared|20
6ut|-11,-12,40
5read|21,,-11
7ceived|-18
6un|,,-16
5said|,,-17
7t|11
7ved|45,-24,-19
6een|17,,-11
7veral|,-12
6hown|31
6omeone|,18
6pent|11
6tayed|-14
5the|,,-14
8m|-13
7is|,13
7ought|,11,12
7ree|,15
6o|12,,19
7ld|,,14
6rained|-11,32
8velled|,,20
7ied|,15
6urned|-13,,22
6wo|,,14
5until|-11
6sed|,-14
5wanted|,,20
6orked|,11,-18
6ritten|,,16
5yet|31
6our|-17,,19
4n't|-16,,23
7 accepted|,-17
8had|-16,,31
9eard|,-29,44
3ing|,12
6 a|,,-11
8lready|,32
7come|,15
7led|-11,32
7now|22
7reflected|,29
7seen|,32
8lept|16
7trained|,29
1e|12,16
2 did|,15
3had|14,13
5s|,23,-11
3was|16
4ould|,15
2'd|14,26
4 never|,29
2ad chef|-13,13
5office|15,15
5sommelier|-11,18
4ed|,29
6 but|,29
4hunted|,37
4ing|-14
4lines|-11
4ship|,15
3lthcare|,,-14
3ps|20,-16
5 for|20,-16
3r a|11
6bout|,,-13
6fter|,-12
6nd|11,18
7ything|,-12,40
5back|,-19,28
6y|,-19,32
5either|,,34
5good|-13,13
5i|,-12
6n|,,20
5more|11,,-14
5next|,,20
5of|17,,-20
5something|-17,-20,47
7on|,,34
5than|-11
7e|14,-12
5what|-11
6ithin|,-12,40
4d|,-14,21
5 a|,,20
7nything|,-25,31
6back|,-16,44
7y|,-23,36
6from|,,20
6it|20
6of|,15
6something|,,34
6that|40,-16,-11
4ing how|-11,,-13
8it|,-19
8that|,,-13
Ae|-17,14
8your|,,34
3ting|-11
3vy|,-12
2ctic|-11
2ld off|,,20
6n|,,13
3en|-11,32
3lo|,,17
3p a|-11,-12,36
6nd|-11,-12
5build|-11
5desk|,32
5feeling|31
5i|-13,,-13
6'm|-13,-14
6f|,,11
6t|,,20
5me|-15,-35
5noticing|26,,-16
5on|,-12
5the|,,-23
6o|,-23
5with|-12
6ondering|31
5you|,15
8r|,-20
4desk|15
4ed|,,-24
6 if|31
7me|,,-15
7the|,15
8o|31
4ful|,,-22
7 and|-11
8for|-17,,-14
8to|,,-17
4ing the|-11,-12
4s me|-13
6the|,19,-11
6with|-13,,-13
6your|,34
2r|15
3 and|,15
4career|16
3e and|,-12
6re|-11
5i|,,20
6s|,,-13
4's|-14
3itage|-14,,-11
2sitant|16
6te|-11
8 to|-11
7ion|,29
1igh demand|,,34
4er|,13
6 executive|11
7grade|,32
5st|-22,46,-18
7 in|-11,35
4light of|,-21
5y of|16
2llcrest|-11,,14
2m|,,-19
3 in|16
3self|,32
2nt|33
2re|12
4 and|24,-16,-11
5for|11
5settles|-11
6omeone|,32
5you|,34
4d|,29
4s|,18
3ing|15
6 manager|24,,-13
7process|17
7team|16
2s|18,,-17
3 own|16,29
4phone|42,-16,-11
3tory|,,-22
2t|,11,-18
3 the|,16,-15
1old|,,12
4 a|-21,,-18
5for|,,38
5indefinitely|,-17,22
5the|11
5up|,-12
5you|,,36
4er|,15
4ing|-11,,20
7 a|,13
9n|,,20
8i|,29
8the|,15
Aings|-11,,42
3iday|,,13
7 so|,,20
7s|-19,-21
3lins|,15
5s|,-14,18
2me task|16
6hat|,-14
5until|,15
4work|-11
2nest account|16
8nswer|-13,12
7but|-11
7i|,13
8'm|11
8t|16
9's|31
7one|,29
7that|20,-23
9e|11,15
7with|,-19,12
6ly a|15
After|,21
9be|,29
Aut|-14
9how|,,20
9i|,15,14
At|,15
9my|,,20
9rather|,,14
9that|,,-11
Be|11
Bink|,29
6y about|-20,,-13
3oured|-17,,-11
8 to|-14
2pe all|-22
8's|-16
5for|,,18
5i'll|-11
6t's|-11,,14
5my|33
5our|,-13,-29
5that's|,,22
7ings|-26
6o|,,-14
5we'll|-11
6hoever|38
5you'll|,,12
9re|-14
8r|-12
4d|,-17
5 for|11,-13
6the|16,,20
7o|-19,-15
4ful|-11
7ly|11,,-13
4s|,15
3ing|,-15,12
6 for|,-27
7it|,,34
7to|-28,-11
2rn|,29
4 but|,29
2spice|-13
5tal has|,,14
9i|-11,18
9job|,29
9on|,15
8ity|-11
B at|,,20
8s|,,11
3ting|,,-18
7 me|,,-14
2tel for|,,14
6is|15,15
5s|,34
6 in|,29
2ur|17
4 in|31
5of|,15
6n|16
5since|,,20
5went|35,-14
6ith|11
4s each|,,36
6into|,,20
6on|-11,,-11
3sing|,,-31
7 association|-13
8officer|16
8scheme|,15
2w a|27,-17,-13
4busy|-16
4calm|-13
6ndid|-13,13,11
Aates|33
5learly|-14
6osely|18
4i'd|,,-17
5t|14
4keen|,,20
4long|22,,19
4many|,12
5y|,,-14
4often|16
5pen|,,-13
4positive|15,-12,11
4quickly|-13,12,18
4stretched|11
4that|11
6ey|24,-12
6is|26,,11
5o|,,-11
4we|-18,,-14
6ll|-11
4you|,,-24
7r|,,-31
3ever|16,-23
7 i|13,-21
1r|13
2 advisor|,-12
3manager|31
3team|24
1ub|11,,-14
2ge|,15,23
2man|15
3bly|,13
6 request|16
2ndred|,,-15
2rry|-17,,-15
2sband|15
1ybrid|11,,-15
2derabad|-14,,-11
2giene|,-12
0i accept|21,,-25
4tually|15
3dmit|11
3lready|-18,18
3nswered|,-14,-20
3pplied|16,-16
6y|-13
3re|,,20
3sk|20,-12
5ed|18,-17
4sume|25,,12
3ttended|,-13,20
2believe|,14,-28
3ring|,39
4ought|-14,,-11
3urned|31
2called|20
4n't|,-14,19
5celled|,,34
5not|,-24,34
4re|,18
3losed|,15
3ome|,15
5pleted|,-25,-16
Aly|-14,-23
4nfess|11
5tinue|,-12
4ordinated|-13,-17
4uldn't|19,,-16
2decide|-11
4scribed|-16,12,-13
3id|18,,-14
3o|17
4ubt|,33,-11
3rove|20
2end|,15
4joy|-16
3specially|,,-24
3xpect|,,12
2feel|17
4ll|16
5t|,,-15
3ind|20
5ished|-22,,-17
3lew|,,18
4y|,,23
3orgot|-17,15,-16
3roze|,-12
3ully|-20,-14,-13
2gather|21,,-15
3enuinely|,13,-14
4t|,14,20
3o|-14,28
4t|,,12
3raduated|-13,23
4ew|,15
2happen|,29
4ven't|-13,,22
3ear|,-20,17
6d|11,-16
3it|,15
3old|,,-18
4nestly|,14,-13
4ped|,,-11
3umbly|11
2intend|24
2join|,34
6ed|16
3ust|,-11
2known|33,-12
2lack|33
6ed|35
3earn|,-12
7ed|,,-16
7t|,,-15
5ve|,15,20
4d|-23,,-20
3ike|,,-15
6d|,,-20
3ooked|-11,21
4st|11,-12
4ved|-17
2made|,,-11
4nage|,,25
3ean|11
6t|-14
4et|33
4ntioned|-11
4t|17
3iss|,,23
3ore|,15
4st|-14
4ved|-11
3ust|12
2need|-14,-15,19
4ver|18,-14
3ot|11
5e|37,-12
5ice|,,20
8d|,-14
4w|,12
2only|14
3utshone|,29
2passed|-22,-14,-20
3icked|,15
3lan|,-17,-13
6ned|15
3ray|,,20
4epared|27,-19,-14
4omise|-11,14
3ut|26,-14,17
2ran|,,-20
4rely|,29
3ead|11
5lised|-16
5rranged|,,14
4built|-20,15,-17
4ceive|16
9d|,-17
5kon|-20,26,-17
4designed|16
4ply|-16
4quest|-11,-16,40
4spect|12
6ond|-14,-16,14
4wrote|16
2said|,,-15
4t|26
4y|,29,-15
3ee|13,17,-13
4nt|11
4t|,,-11
3hall|,,24
4owed|,29
3ign|-11
4mply|-18,,-18
4t|,,11
3olved|,29
3pent|16,,-16
4otted|,29
3tand|-26,,14
5rt|,21
4ill|17,-12
4ood|,18
5pped|,-14
4umbled|-11
3ubmitted|14,,-11
4ggest|15,,20
4ppose|19,11,-27
4spect|12,18,-12
2take|13
3end|-11,38
3hink|,15,-13
4ought|-14
3old|,15
4ok|14
3ravelled|22,-14
4ied|-11,,20
4ust|,,17
3urned|,,26
2understood|,-17,-13
3sed|,13
2valued|-18,,-15
3ery|,,-15
2wait|,,14
6ed|11
4lked|21,,-14
4nted|-19
4sn't|15,-26
3ent|11
4re|,,36
3ill|,,12
4sh|18,,-19
3onder|21,,12
8ed|-16
4rk|-14
4uldn't|,,14
3rite|,,12
1'd actually|16
5lso|,,-16
5nswered|,32
5ppreciate|,-29,24
5sk|,,45
4been|,-14
5ring|-17,36,-25
4check|-19,,-14
5ome|11
4encourage|,,20
6joy|,-12
5xpect|,13
Aed|-11
4find|,-14
7ished|33
6t|11
4gently|24,11
7uinely|,,14
4had|,,20
6ppily|-11,15
6te|11,,14
6ve|21
5ear|15,-16,36
5ope|,,-13
8d|13,-21
4imagine|,23
4just|,,12
4love|-13
4most|-13
5uch|-25
4need|-17,,24
4only|27,,-13
4prefer|-13,-14,18
4rather|,,11
5elish|,15
4save|,18
6y|,29
5imply|,-12
5tarted|-11
6ill|14
5uggest|16
4take|-11
4value|-16,-20,-15
5ery|-17
4welcome|,,-30
2ll|,,11
4 accept|,-16,24
6dmit|11
6ssume|,,31
5bring|,34
5call|,,36
6onfess|15
5do|,-12
5expect|,,40
5follow|,,25
5give|-20,-23,31
5have|-23,,11
6old|,,36
5just|17,13
5keep|,-11
6now|20,-12
5land|,32
6eave|11,23
7t|,21
6ook|,,20
5make|-16
5need|-22,-12,40
5pop|,,38
5ring|,,38
5say|,,-11
6end|,,11
6hare|,15
6top|,,34
5take|,,23
6ry|,,22
5wait|,,-11
6ork|-16
2m a|12,,-23
5fraid|14,,19
5lso|-14,,-11
5round|,-12
5ssuming|16
5ttaching|16
5vailable|-13,13,-13
5ware|-17,14
4based|-11
5eginning|22
4capable|,29
5hoosing|,32
5omfortable|-13
6nfident|-24,11
4delighted|-19
5isappointed|,,-13
4even|11,-19
5xcited|-14,,-22
4fairly|,34
5inding|31,,11
5lexible|-16,,-13
4giving|,,40
5lad|,-21,-13
5rateful|,,-11
5uessing|,,26
4holding|,,36
6nest|15,12
Aly|20
6ping|,-17,40
4in|,13,12
4leaving|,,34
6ft|31
6ss|33
5ooking|-14
4more|,21
6st|,,-11
6ving|-11,-12
4no|-11,,23
6t|11
6w|16
4on|-21
6ly|,15
4planning|-13,-14,11
5robably|,29
5ulling|11
4quite|,29
4rather|-11,15,20
5eady|-11
7lly|-30,11
6newing|,,34
4simply|-11
5orry|,-14,-20
5tarting|,,17
6ruggling|37
5ure|11,,15
4taking|-13
5elling|,-12
5he|-15,33
5old|,44,-13
6o|33
5rying|,-14
4up|,15
5sed|-17,12,-14
6ually|-13,34
4very|-15
4working|-17,,-11
2ve accepted|,,-23
6dded|-11,-12
6lready|-26,15,14
7so|,,18
5been|-11
6uilt|,17
5checked|,,20
6ompleted|,-12
5done|,,-14
5emailed|,,34
6njoyed|14,-17
6ver|16,34
5finished|-14,-19,-16
6ound|-11
5given|31
6ot|-17,,24
5heard|,-16,20
7ld|,,14
5kept|,12
5led|-13,,-11
7ft|,,34
5never|,17
6o|,29
7t|,,20
8iced|20
7w|,,14
5pasted|,,36
6ut|,,14
5received|-20
6un|,11
5sent|,-12,14
6pent|,,-13
7oken|20
5taken|24,-16
6hought|,,-13
6old|,,14
6urned|-18,11,16
5worked|,14,-17
1cu|-17,15
1dea of|-12
4l|20,15
5 candidate|,21
5ly|,-16,20
1f a|,-17,-24
4n|-11,-12
5other|,,-27
5y|-18,,-27
6one|,23,-15
6thing|,,-11
3helpful|,-14
3i|,,14
4'd|,,14
5m|,,11
5ve|-13,,38
4t's|-13,-13
3needed|-14,,-14
4ot|,-17
3so|15,-21,12
5meone|25,-20,12
7thing|16,,-17
3that's|,-18
5ere|-11
8's|-11
6y|,,-11
5ings|,,-16
6s|,,18
3useful|,,-14
3we|11
3you|-12
6're|-30,-15
7ve|,-12,19
6r|,,-21
1gnore|,,14
1magine|,13
7 how|11
8i'm|,29
8the|,12
8you|,,20
6g|,12
2mediately|-14,,31
B as|,,36
Cif|,,36
3odest|,32
8 but|,29
2plementation|,,-11
3ortant|,23,-11
3ressed|-12,,-18
9 by|,,-15
7ion|23,-23
A of|11
Bthat|33
8ve|,13
A and|,13
4ove|-25,-16,-21
7 for|-14,-12
7ment|,15
6ing|,-14
1n <n>|-22,,-19
3about|-18
4ction|-11
4dvance|11,,14
4fter|14,-17
4ll|11
4n|,14,-13
5other|,15
5y|,12,-13
4pril|,-17
4t|14,-14
3being|,15
5ngaluru|-11
5tween|11,-12
4oth|,,-14
3case|-12
4ontact|,,-15
3detail|,13,-13
4oha|,,34
4urban|,18,20
3early|-22
4ighteen|,18
4leven|-11,23
4very|,32,14
3fact|14,13
5irness|-13,,-19
4ebruary|,-17
4inding|15
5ve|,,-11
4or|-28
5ur|-16,12
4rom|11,,14
6nt|16
4uture|,-11,-30
3galway|,15
4eelong|,-12
5rmany|,15
4othenburg|,15
3half|,32
5nd|,,25
4elping|11,-12
4igh|,,18
5s|-14,38,-11
3i|,15
4ts|,14,-11
6elf|-11
3joining|-15
4uly|16
5ne|-17
3lagos|17,,-11
4imbo|,,34
4ondon|,15
4yon|,15
3manchester|,,-11
5rch|,-14
4e|,,18
4ind|11
4ore|,,-17
5st|-11,18
3now|-11,-12
3our|-20,15,-17
4ver|,18
3particular|,,-23
4erth|-14
3reception|20,,-13
5turn|,,20
4iyadh|,15
3sales|16
4eptember|,-11
4henzhen|,29
4ome|-11,18
4pam|,,27
4uspense|,,36
3that|,-22,-19
5eir|,,-16
5irty|11,32
6s|,12
5ree|,,-14
4ime|,,20
4o|14,,16
5wn|,,14
4wenty|-16,29,-13
3under|,27
3well|,-11,-19
4ith|,12
4orking|-11,,11
3years|,19,-11
5sterday|,15
2box|-26,,25
5 again|,,34
7nd|,15,14
6every|,,38
6is|,21
2cident|,13
3luded|17
6ing|,,-15
9 a|11
Amy|,-12
Athe|,13,-18
3onvenience|-16,,-13
2deed|,15
4finitely|,-26,34
4pendent|,,-11
3ication|-17
A of|-16
3uction|,15
4stry|,21
2form me|,-14,18
7the|,,20
6al|15
8 chat|31
7tion about|20
Ci|,-14
Cyou|,-14
6ed|,-11
8 of|-11
9that|,,20
6ing|13,-12
9 me|13,-12
3rastructure lead|,29
2jury|,-12
2side|,,-18
6 wireman|,-12
4ght|16
3pectors|-11,32
4iring|-13
3tant|,,11
7 i|,,14
4inct|,15
5tute|,,-13
8ion|,21
4ructional|-11,-12
8or|-11
3urance|-13,-14
2take|,,-23
3egration|,-14
4nd|21,,14
6 to|21,,14
6s|16
7 to|16
5sive|,15
9 care|,15
4rest|-18
8 in|-27
9of|-13,-28,-22
9so|,,36
9which|,,34
8ed but|,,31
Bespecially|-13,-14
Bparticularly|-17,,-14
8ing|,,-17
B to|-14,,-11
5im|16
5nal|17,-11,-27
8 applicant|37,-16,-11
9candidate|18,-23,-18
8ly|16
6ship and|,15
Ct|-13,-14
As|,29
5rupted|15
5view a|16
Bfter|20,-12
Fwards|,,-11
Acan|,32
Aday|16
Bid|,,20
Aelsewhere|,,20
Afell|-11,-12
Dt|31,15
Brom|-17,,19
Ahas|31
Ai|,-11
B've|16,,18
Btself|26,-20,-16
Amr|31
Anot|16
Aon|-11
Br|-16,-17
Aquestions|31
Arather|31
Ascore|16
Bo|,-19,11
Athat|11
Ce|20
Cough|37
Cree|11
Bo|16,,20
Cday|-18
Awas|13,-17,-11
Bent|20
Bhich|14
Ayesterday|-13
Bou|16,-14,14
9ed by|,29
Cfor|,,11
Cwith|,,12
Ar|40,-19,-14
B joined|31
Cmade|33
Cwas|31
Dho|33
Bs|22
C were|-11
9ing for|20
Dme|-15
9s|11
A a|31
Cnd|20
Bfor|,,-11
Bi|35,,17
C've|,15
Blast|,29,14
Bwere|33,-12
Chile|,,34
3o a|-11
6ccount|38,-17,-13
5it|11
5my|11
5this|,,34
3roduce|-13,21
9 me|-11,32
9d|,,-14
A me|-11,18
2ventory|-20
4sted|,,14
8 in|,,14
6igator|11,-12
6ment|22,-14
A on|16
3itation|11,,-16
A i|31
5e|16
6d|25,,-18
7 to|21,,-11
5ing|,,-24
8 me|,,-24
3olved|,-11
7s|,-19,-11
1s <n>|-11,-12
3about|,,-11
4ll|-14,-14,27
4n|,-17
5d|-11
5y|-14,,-17
6thing|-22
4s|11
4ttached|11
3back|,-17,14
4ecoming|,,36
5ing|16
5low|-16,15
4rief|,32
4usy|,,23
3complete|16
Bly|,,14
5rrect|31
3difficult|19
4oing|,-16
4ue|,,25
3easier|-13
4ver|16
3fairly|-11,32
4inal|16
6e|,-12
4rankly|31
5iday|,,20
4ull|,15
3genuinely|,-12
5tting|,,34
4oing|-12
5od|15
3hard|24
4elpful|-13
4olding|-11,-12,36
5nestly|,,20
5w|22
3impressive|,29
4n|,,12
4t|11,18
3just|-11
3lovely|31
4ucky|-11
3made|,,20
4eant|15
4ore|-17,15
5stly|15,13
4y|-28,-29,18
3needed|-13
5xt|,-12,14
4ot|19
5w|,,12
3one|13,,-16
5ly|,13
3pitched|,34
4ossible|-13,-13,-20
4robably|,19
3quite|16,,23
3rather|,34
4eally|,,14
5garding|-14,,27
5quired|-11,18
4ight|-14,,-16
3simply|,,-11
4omething|,,-11
4tarting|22
5ill|,,12
3taking|,,40
4hat|-11,14,-24
5ere|,-17
5ree|-13,-14
4o|-13,,20
4reated|16
3unusual|,32
4seful|,,-21
5ually|-11,18
3valid|-13,-14,-11
3what|,,-15
4ith|,-12,23
4orth|11
3your|20
2n't a|,16,-14
6often|,21
6possible|-14,,-13
6something|,15
6the|15,,-13
7oo|,-12
2sue|,,-11
5s|,35
1t a|16
4gain|11,-11
4lready|16
4nd|-11
3be|-14,-13
5came|,15
7use|,,-15
6omes|-11
5fore|11,-16,-11
5tter|-16,24,-13
4y|,-16,27
3can't|,15
4lear|,15
8ly|16
4omes|-14,,-11
5uld|24
3did|,,-13
6n't|,,-18
5fferently|31
5rectly|,-12,14
4oes|23,-12
7n't|,,18
5wn|,,14
3even|11
6r|,15
3fair|,18
7ly|16
4elt|22,,-17
4irst|,15,20
4rom|15
4urther|,-12
3gave|,,-11
4ot|20
4row|,,20
3happens|,29
5rd|21
5s|,,15
4elpful|16
5re|-14,18
3i'd|-13
4f|,-12,14
4nto|-11,,14
4t|,29
3makes|,-20
5y|13,,-17
4eans|,13
7t|,,-11
4ight|19,-14
4ore|11
4y|-14
3needed|31
3only|,,-14
3plainly|,13
4roperly|,,-11
3really|,-12
4ight|-11
3says|11,12
4eemed|14,,-13
7s|30,13
4howed|22,-14
7s|,12,-13
4ince|,,-11
4o|11
5oner|16
5unded|,-12
8s|,-12
4tarted|31
5ings|16
4upport|-17,,-11
3takes|,-12
4hat|-19,,33
5e|14,,-18
5is|-13,,14
5rough|-22
4oday|-13,,20
5o|,,14
6k|13
4urns|,15
3until|,,34
4p|-16,,12
4sually|15
3very|,15
3wants|31
5s|,,-11
6n't|,-23,-20
4ent|13
4hich|11
4ill|-19,14,11
5th|,,-14
4ork|,,11
6th|-11,18
5uld|,-16
8n't|-11,-12
2'll|11,-12
3s an|11
5been|-31
5clear|-11,15
5difficult|24,-12
7sappointing|-11,-12
5easier|-11,-12,36
5fair|-17,17
5good|-16
5hard|24,-23
6elpful|,,-11
5just|,,11
5now|-11,-14,38
5only|,,38
5probably|,15
5rare|,17
5simply|,,20
5useful|,-15,-27
5worth|15,,-23
5your|15
2em|33,-12
2s annual|,15
4best|,15
4own|13
4people|31
3elf was|-11,-12
1yer|-14,,-11
0january|,-11
7 and|,-12
2panese|,-12
2va|,,14
4 developer|-13,,18
1ob advert|37
5s|,-12
5t|,13
4description|24,,-17
4for|-11,23
4in|-18,,-17
5s|17,-17
4on|-13
4so|,18
4talk|-17,14,-13
5itle|11
5o|20
4was|29
5hich|16
2hannesburg|,29
2in|-13
4 a|14,-14
6nd|-14,,11
5the|-16
5you|-26,11
8r|-18
4ed|19,-13
6 late|31
5r|,15
6s|,15
4ing|-11
7 you|-19,,-14
Br|-22
4s|,-14
5 you|,-12
4t|-11
2ke|-14,23,-11
4 that|,15
4s|16
3ing|,15
2urnal|,18
5ey|31
1udge|32,-21,-16
5d|19
5ment|22,13
4ing|35
7 by|33
2ly|-12,-14
4 and|,-12
5for|-11
2mp|-13,,34
2ne|-13
4 and|-16,-17
6t|-11,,14
5so|,,-13
3ior accountant|-14,-16,14
8nalyst|11,-12
7content|,,20
9pywriter|-13,-16,14
7data|,,-13
8eveloper|-11
7sous|,15
2st as|,,-11
5been|,23,23
6umping|,,36
5circling|,,34
5didn't|,,-11
5following|,,17
7r|16
5gently|,15
5hope|31
5let|-20,,20
8ting|,15
6ike|11,-16,17
5mention|16
5named|,29
6eed|,,20
5rather|-11,-12,23
5say|,24
6ending|,-12
6o|-25
5tell|,,36
6ouching|-13,-14,11
5want|24,-12
9ed|-14
0kafka|,15
2ya|,29
1een so|,15
5that|,15
7e|11,-12,20
4er to|-18
3p a|-13,,14
6pplying|31
6sking|,15
5coming|,12,-13
5doing|-13
5everything|,,34
5following|-18,,-15
5going|11
5in|,,-19
6t|-11
5looking|,18
5that|-16,,21
7em|-13,,29
7ings|-13,,25
9king|-11
8s|-13,,11
5up|11,24
5waiting|-11,-12,36
6ondering|,,34
7rking|,-19,-11
5you|-21,,-18
4ing me|,,-18
8the|-11
8well|-15,,11
4s|,15
5 telling|,29
2pt in|,,-16
5me|-13
6y|,,20
5the|11,,-11
7inking|-11,18
5waiting|,,25
2ttle|-11
2ynote|,35
7 at|,29
1ids|-13
2lometres|16
2nd about|-13
6nd|-11
5consideration|-16,,18
5email|,,-14
5message|,-12
5note|-18,,-15
5regards|-11
7sponse|,,20
5to|,,-13
4er|19,,11
6 to|33,,14
4ly agreed|-11,-12,-11
7clarify|31
8onsider|,,20
7do|,,34
7expedite|-11,-12,36
7for|,32
7keep|,-19,-14
7let|-15,,-12
7note|,12
7revert|-17,-19,47
7share|,,20
7treat|,,14
7update|11
2sumu|,-12,14
2tchens|,29
1new|11
4 the|24
2ow a|,15,11
6bout|,,-14
6nd|,,-13
6s|,13
5by|-24,-26,35
5either|-11,-14,42
5from|,,-11
5i|,12
6'd|,29
7ll|-11,,14
7m|-22,-12
7ve|,-23,12
6f|-16,,-17
6n|-20,,-18
6t|13
5my|-14,,-23
5now|-11,-12,23
5one|-13,,29
5personally|,-12
5roughly|-11
5soon|,,34
5than|,-12
8t|,-11
7ere|22,-14
8se|-16,21
7is|11,-14,18
6oday|,,36
5when|,15
8re|,,18
8ther|,-28
7ich|20
7o|33
7y|37
5you|,15
8're|-11,,20
8r|-13
4ing so|,,20
8where|-16,,-13
4n|20,,-18
5 before|31
6how|16
4s|,,-20
5 the|,,-15
1ubernetes|-11
2masi|16
0lab and|-16
4manager|-16
4technician|,-20
3's|-13
5 work|-11
3oratory technician|-16
3s|,-14
2ck|18,,-13
4 is|33
5of|,,-13
4ed|40,-12,-11
4ing|31
2ds|17,13,-11
2gos|,11
5 and|,15
2keside|-11,18
2mb|-13,13
3p|,15
2nd|,25
4 on|,34
4ed|20
4ing|,,20
4lord|-14,,31
8 i'll|,15
9wants|,,34
3e|-13
3g|,-12
4uage|,-20,-15
8s|,18
2pse|,,20
3top|24,-12
2rge|,,-16
5ly|,,-14
5r|,24,-13
6 than|,29
5st|-16,27,-13
7 deal|,29
2st <n>|,-14,11
5company|-14,17
5email|-13
5five|31,12
5manager|,29
6inute|22
6onday|-16,,18
5night|11,15
5role|11,-16
7und|,,20
5spoke|,12
7ring|,12,-15
6tage|16
5three|,11
6ime|,,34
6uesday|,,11
5year|-22
9's|,15
4ed|33
2te|11
4 and|41,-20,-15
5so|16,,11
6tart|20,-12
5to|16
4r|,-14
5 i|11
7n|,-17,-13
6than|,,34
8is|,-12
4st|-11,,41
6 by|-11,-12,40
3in|-11,18
5 america|,29
2ugh|16
5ed|31
3nch and|,13
6ed|,24,-13
7s|,15
2w|11,,-11
2yout|,,-13
1ead|,,-13
4 it|,29
5job|16
5pharmacist|16
6osition|,,-22
5the|,,-11
4er role|-17,,-14
6s|,17,-13
7hip|,,-18
4s|,-16
3gue|,18
3k|,29
3n|,34
4 on|,29
3rn|,,-17
5 a|,13
7bout|-13,,-23
6from|,-11
6it|11,-16
6the|,,-11
5ed|,,-19
7 a|,,-16
8something|16
6r|,15
7s|,18
5ing|,,-11
8 designer|-11,,14
9how|-21,-23,-16
5t|,,-17
6 a|,,-17
3se|,,14
5 in|,,20
4t|14,,13
5 a|20,,18
6have|31
6i|22,,18
6one|16
6sure|-11,-12
3ve|13
5 a|,,36
7nd|21
6for|16
7rom|20
6it|16,,11
6me|,,25
6them|-11,18
8ings|-11,-12,36
6you|,13
5s|26,-12,25
6 me|,,20
7people|31
4ing a|11
8it|31
2cturer in|11
2d|,,-30
3 a|-13,13
4the|-12,,-21
5o|35
5wo|-13
3ger|20,-12
2ft a|,,26
5for|,15
5me|16
5the|18
5waiting|,,25
5you|,,25
2gal|,,14
3end|,15
2icester|15
2nders|,15
4ing|-13
3gth|,-14
2ss|12
4 sure|22
5than|22
4on|,,-13
6 and|-11
7to|-11,18
2t|-12
3 a|,,20
4candidates|11,-12,14
4go|33
4me|-13
4the|-13,21,11
6is|-11
4you|-22
3's|,13,25
5 be|,29
3ter|15,-15
6 about|,-23,-18
8rrived|33
7i|,15
7of|11
7was|31
8ith|16
6s|,,18
2vel|,14,-12
5 <n>|-18,-23
6and|11
6of|-16,39
5s|,21
1iberty|,15
7 of|,15
3raries|-11
6y|,-13
7 and|16
9ssistant|-11,-23
8service|,-16
2cence|-11,-16,-24
7 is|-11
7s|,29
5sed|11,-12,14
2es|11
2fe|,,28
4 and|,15
5on|,,38
3t|-11
4ing|16
2ke a|13
6nd|,15
5i|,13
6t|11
5me|,19
6ine|-14,35,-11
6y|-11,,14
5someone|16,-14
5that|,14
7em|,,20
8y|16
5you|11
8r|16,,11
9s|,15
4d|,,-12
5 hearing|,11,-17
7ow|,12
6my|,15
6that|-16,23,-11
7o|15
6very|-16,,-13
6what|,15,-11
6your|,21
4ly|,,-11
6 before|,-12
7to|16
4s|,15
5 to|,15
2mbo|,,34
3it|-11,,14
5ed|11,-20
5s|,-14,17
6 and|,,20
2nden|,,20
4qvist|,32
3e about|31,-14
6nd|,14,-14
5by|,,34
5email|38
5of|20
6n|,-12,18
6r|11
5reply|,-14,22
5to|,,20
4d|22
5 up|22
4s of|,,20
3k|,,-22
4 i|31
6s|,15
4age|16
4edin|,,21
8 and|-11,,43
2st|,11
4 and|-18,11
5but|,,20
5next|,29
4ed|16,,-19
6 and|,15
8s|31
7in|20
5n|16
6ing|11,-12
6s|,15
4ing|15,-14
4s|33
2teracy|11
3tle below|-11
7disappointed|-11,-12
7hard|33
7longer|,15
7more|15,,-11
7over|-13,,12
7puzzled|33
7rich|31
7sad|-13,-14
8ooner|,,23
8urprised|37,,-11
7to|11,-12
2ve|,,-14
4 coding|16
5up|,15
1oad|,,-13
4ing|20
3n|,,11
2bby|,26
5 and|,29
2calisation|,-20
3um|,,23
2dge|,,20
4ing|31
2g|-17
3ged|20
3istics and|15,,-11
Bs|,15
Acoordinator|,-12,12
Ateam|,,20
2ndon|-11,,-11
3g|,,17
4 and|,-12,23
6s|-14,,18
5i|11,-12,14
5process|,-17,-13
5so|-11,,38
5the|,,20
6ime|,,23
5way|31
6hile|,29
4er|,,13
6 than|,-21,12
2ok a|16
6t|20
5for|16,-12
8ward|,,-14
5like|,21
5rather|31
4ed|15
6 after|-13
8t|27,-12
4ing at|21
8back|11
8for|15
4s|,13,-15
5 like|-13,13
3mwell|,29
3p|,13
2se|,-20,35
4 me|,,42
3ing|,,19
6 me|,15,18
3s|14,,-13
3t again|,,34
5in|15
7terest|,,40
5on|,,20
2t from|,,-25
4on|20
4to|,-12
2ud|,15,18
4est|31
3nge|11,-12
2ve the|-13
4d hearing|-28
7ow|-11
6seeing|-11
4ly|,11
6 and|20
7interview|,,34
7to|-22,16
2w|,21
3er|18
5 than|35
4st|,21
1uck|24,,-17
4 filling|37,-14,-11
7nding|33
5with|23,,-12
4y|,12
5 to|-16
2ke's|-13,13
2men|-13,12
2nch and|-13
6with|-14,15,-11
5time|,,25
0ma'am|-13,-12,23
2chine|11,15
2d|,29,20
3am|11,15
3e a|,11
6n|,15
5before|37,-12
6y|,-16,14
5it|12,,-20
5my|-11,-12
5up|43
5your|,18
2il|20,-25
4 and|35,-14
5regarding|20,-12
4box|,,20
3n|,,-18
4ly|,,-16
6 because|,-12
4tain|-11
5enance electrician|,,12
Cplanner|11,-16
Eumber|,15,-13
2jor|,24,-14
2kati|,,20
3e a|-14
6ll|,15
5me|11,,13
6y|-22,-22
5sure|,,19
5that|-11,,14
7ings|,,20
8s|-14
5your|,11
4s complete|-20,-17,-13
6it|,,14
6me|14
7y|,,34
6sense|,-12
3ing the|-11,-12
8ime|-11
2n|37
3age a|,,11
7to|16,,25
7with|-11
6d|,12,-22
7 in|,29
8to|33
6ment accountant|,15
Bsystem|,15
6r described|,15
9oes|20
8has|-16
8i|,,20
9n|,18
Aterview|14,,-13
8job|,15
8that|,,20
Aere|,15
7s|,22,-12
8 for|,32
5ing director|16,,34
3chester|,,-15
3ila|,18
3ual|,18
6 your|,29
3y|,15
4 applicants|-11,21
5candidates|,18
5more|,,20
5of|,26,-19
5people|,21,-15
5times|,23
2rcus|,18
3gin|,18
3ina|-14,,-11
5e|,,22
3ked|26
6 down|38
5t for|,18
7is|,,14
7values|,35
6er|,18
6ing internship|,,20
Ateam|,15
6s|-13
4ing|16
4s|22,-14
3sh|-11
3tin|16
2ss|,15
3ter|,13
6's|,11,-16
2tch|11
5 for|,-14
6is|31
7t|,,34
6the|31
5ed|,14,-11
3e|37,,36
3hematics|,29
3ron|,,14
3ter|,,11
6 as|,,36
7is|,,34
7of|,15
6ed|35
8 more|33
6s more|,29
8to|,-16,14
2y add|,15
5nd|,-11
4be|,,-16
4find|31,15
4i|21,-14
4know|,29
4offer|33,-12
4require|,-14
4say|,29
4take|11,,-11
4want|22
3be|16
5 it|20
1e a|,-13
4bout|,,-13
4cross|11,13
4fter|,23
8wards|,15
4gain|,21
4ll|,,20
4n|-25,,17
5ything|,,23
4round|-16
4s|,17
3back|,,12
4e|,,14
5cause|,,20
5tter|,18
4ut|-11
4y|-22,15,17
3decide|-17,-16,-11
4irectly|,15
4own|15
4uring|,,-15
3even|-13
6ry|-16,,32
8thing|33
3feedback|20
4irst|,,23
4rom|,12
3give|-11
7n|16
4o|,15
3i|,15
4'd|16
5ll|16,15
5m|,32
4nformed|-13,,-13
4s|-16,16
4t|,,12
3keener|-14,-12
3many|,29
4ore|,,-22
4y|11,38,-15
3of|12,-13,-14
5f|14,-17
4ut|,,11
4ver|-11,,11
3plan|,-20,-15
3rather|11
4egret|,,34
3saying|16
4ince|,-17
5x|16
4uch|-21,,-20
3their|-13,34
6y|,32
5ough|31,15
4oo|,15
4wice|35,,20
5o|,,12
3understand|,,-11
4p|,28
3very|,-12,-11
3waiting|,,42
5nt|-11
5s|29,,-13
4ell|-17
4hat|17
5en|,16,-13
6rever|,34
6ther|,-14,11
5ich|,16
4ill|,29
5th|,-15,11
7out|11
4onder|44,-22
5rking|31
3you|-11,,20
6r|,-17,42
7self|,-14
2al|,29
3n|,-11,19
4 a|,-21,25
5that|15
4s i|-17
4t|12
5 a|,,-14
6for|,,20
6to|17,,-16
5ime|-23,,-19
8 i|-16,-17,-13
A'll|-11
Bve|-11
3sured|20,-12
6ing|33
2chanical|-18
A design|-14,,-11
2dicine|-13,13
2et a|,26
6gain|11,-12
6t|-11
5every|33
5ms|,15
5with|-11,18
5you|,,-20
8r|,,-11
4ing and|,,14
8candidates|16
8on|,,11
9ther|,29
8this|,15
8your|,-20,-15
7s|,-12
4s|-18,,16
2hta|,29
2mber|19,-14
6 of|,-14
7who|38
6s|14
2ntal|,-12
4ion all|,29
8because|,-12
8in|,29
9t|,,-15
8only|,35,14
8the|11,,-11
Ais|,,-11
7ed a|-18,,12
Bt|,-19
Ahas|,29
Ai|-22
Bn|13,-21
Bs|,15,-14
Aon|,-17
Athat|-20,,-11
Awas|,-17
Ayou|-17,,-14
D'd|,-12
7ing|20,-12
7s|,-22,-17
8 that|-11,-12
4or|11,15
6ing|-13
9 scheme|-11
3u|-14
2rchandiser|,,20
4y|,,20
3ger|-14
3it|26,-12,-13
5 pool|16
2ss|,32
4age|11,-18
7 about|19,-20,-16
9nd|12,-12,-25
8on|-11,-12,23
7d|,,27
8 you|,,38
7s|,-23,28
8 so|-11,-12,36
4y|-11
2t a|,29
5nd|31
5t|16
4every|35
4in|11,-12
4the|,,-13
3hods|,,-18
7 seminar|-11
3ro|,15
1icrobiome|-13,-14,11
2d level|31
4sentence|33
3lands|,,12
3west|,18
2ght come|-14,,-11
6have|24
7elp|,,-11
6like|-13,,-13
3ration at|,15
Aof|-11,18
Aproject|14,,11
2les|,15
3l|16
4ion|,13,-21
4s|,15
2nd|11
4 all|31
6nd|,,18
6s|,15
5for|11,,-27
5if|,-20,-15
5when|,-12,14
4s|35
3e|,11
4 is|,14,14
5to|31,,20
5was|,15
3ing|,,-13
4stry|-13,12,18
8 has|,15
3or|-11
3ute|19
6 and|11
7chat|31
7to|16
7wait|31
6s|15,-14
7 and|19,15
9t|-22,-24,-19
8i|,,-13
9'd|,-14
9n|22,-14
9t|31
8late|23
8of|11,-12,14
9n|14
8so|,,14
8that|33
9o|11,-19,-11
8with|31
2s|,-12
3 picks|,-12
3ery|,,34
3s|-18,,20
4 out|-11,,23
5you|,,34
4ed a|,32
7what|31
4ing|,,-11
5on|,18
3take|44
7 and|33
2x|,,-11
3 of|-11,23
3ed|33,-17
5 up|31,-14
1obile|-24
2del|,,-13
5 i|,32
5ling|,,-22
4st|-11,23
3ules|-11,-16,-11
2isture|,-12
2ment i'd|-11
7so|,-14,20
7to|-11
2nday|-12
6 <n>|-11,-12
7about|-11
8nd|-11
8s|,,34
7for|-15
7i|,-12
8f|-11
7morning|,-17,40
7so|-14,-17,30
7to|-14,,14
7until|,,34
6's conversation|-11
3ey|-16,17
3itoring|-22
3ograph|,29
3terrey|,15
4h alone|,32
6end|-14,,-11
6i|-14
7'm|,,20
6notice|-14,-16,-11
8w|,-12,34
6of|,,23
7n|,15,18
6since|,-14
7o|-14
6to|-16,,16
5's|,-14
5ly|-22,,-18
5s after|16
8nd|-11
8t|,15
7i|,,20
7which|,29
2re about|,,-15
5candid|15,15
6omplex|,29
7nvinced|-11,24
5days|,,20
6etail|-20,,-17
6ocuments|,15
5eager|-14
6nthusiastic|-14
6xcited|-17
7perienced|31
5for|-16,,21
5hands|20
5in|31
7formation|-11,18
5keen|,-16,-11
5like|15,14
5of|,,-23
7ten|,,14
6n|-14,-16
6r|,16,-17
5people|,29
5sales|-11
6enior|,14,-11
7riously|11
6ure|,-12
5the|20
6ime|,,-18
6o|,17,-11
5useful|,15
5ways|,,20
3ning after|31
9round|,,34
8but|,,20
8i|,,-11
8so|-11,-12,14
8that|,-12,20
9o|,-19,24
8which|31
7s|,-22,-21
2st|,,-13
4 and|,-16
6pplicants|,29
5candidates|,17
5evenings|,,20
6xcited|-19,,-11
7perienced|,19
5gifted|,29
6raduates|,29
8teful|-14,-12,27
5important|,29
6nteresting|-11,,-11
5like|-17,,-11
5of|12,,-20
5people|-16,40,-14
6roductive|,29
5useful|-14,-16,-11
5want|-14
4ly|,,-28
6 by|,-17
2tor|-11
2ve a|,,34
6nd|,-14,11
5faster|,,36
6rom|-16
5into|,-14
5on|,-16,14
5quickly|-11,,40
5things|,,11
6o|,,-16
4d between|,-12
6from|,,-13
6on|,,14
6the|,-14
8ree|31
7o|-18
3ing fast|,,23
8orward|,,14
7on|,15
7quickly|-11,,25
7the|,,-14
1r nowak|,,20
3patel|,-12
2s|,,-12
1s reyes|31
1uch about|30,-21
6ppreciated|-16,-14
6s|13
5clearer|-18,,-15
5easier|-16,-14
6njoyed|,,-13
5for|-14
5hoping|-20
7w|,29
5i'd|,-12
6nterested|,,11
8o|35
5larger|,35
6ike|-11
6onger|,-12,45
5more|-11,15
5of|16,,-15
5prefer|-24
5rather|-17
5the|-20
6o|,,11
5want|,,20
6ith|31
2lti|11
5national|,29
2m|,,22
2sculoskeletal|-11
F physiotherapist|,15
3eum|,,-15
3t|13
4 admit|16
5be|,,19
5have|16,-14
5know|,,34
5say|27
5withdraw|,,-13
2tual|16
1y accent|17
6ount|-22,,-18
4ge|16,,-11
4nswer|,-14
9s|15,,-24
4ptitude|16
4ssessment|11,-14
4vailability|,,-13
3background|,11,-22
5tch|,35
4ranch|,34
3calibre|,29
5mpus|-11,-12
5ndidacy|14
Ate|31
Bure|,-21
4ertificate|,-12
4lients|,34
6nical|,15
4olleagues|-13,24
5mpany's|,32
5nfirmation|-13
6gratulations|,-23,-18
6nection|,-12
6tract|-16,-17
4urrent|-26
4v|13
3daughter|,-12
B's|,,34
5y|11
4eadline|,,38
5cision|-16,-17
5pth|,29
5sk|,15
5tails|12,,-22
4iary|,,11
5rector|,32
5ssertation|-14
4octorate|,15
5ing|,29
3earlier|,-14,29
4ight|,32
4mail|-17,-19,14
8s|-16,-20,49
4nd|,-14
5glish|-13,-14
4xperience|,,-12
3family|,-21,13
9's|-11
5vourite|,15
4eet|,21
4ile|14,-14,20
5rst|-19
4ormer|-17,15,-14
5ur|,21,-11
7th|-11,-12,40
3graduate|-11,-12,20
3head|-17
4usband|15
3inbox|-22,,29
5terest|-26
8nship|-13,-14
3lack|-11
5ndlord|-14,,31
4eadership|,29
6se|-11,-12,36
5vel|-20,19,-15
4ife|-13,,43
5nkedin|,15
5st|-11,18
3master's|-13
4entor|,32
4ind|,-12
5sery|,,34
5x|,34
4onth|16,,11
4um|,,22
3nerves|-14
4ine|16
4ote|-13,-14,11
7s|,,23
6ice|-14
4umber|,19
9s|-13,13
3old|,21,-13
4nly|-14,18
4ther|,-14,40
4wn|,16
3panel|,,20
5rents|,-16,27
6t|,-25
7ner|-16,,17
A's|-11
5tience|,,36
9ts|,29
4eers|,29
4hone|-24,,21
4lacement|,,-15
6n|16,13
7s|-14,-16,14
4ortfolio|,,-26
5sition|-11,,23
4reference|-16,,12
6sent|-17,,-14
6vious|,12
5ofessional|-11,-12
6ject|,-14
3qualifications|,21
3r|,-12
4eal|,32
5cord|-14,40
5ference|16
Cs|,,-18
5gards|,29
5nt|,,34
5sults|,18
3safety|,-14
5vings|,,34
4core|22
8s|22
4ea|,,20
6rch|-20,,18
4hift|-11
4ituation|,-19,14
5x|16
4kills|,29
4tage|-14,18
6rt|,,20
5rong|-13
5udents|,29
7ies|-11
4upervisor|-11,15
5rname|31
4ystem|31
3team|-17
5rritory|,15
4hank|,,36
5esis|-11,18,-11
5ird|-17,,31
4ime|,-13
4rack|-13,40
3uncle|,18
8's|-11,23
3very|,29
4iew|31
5sa|,-12,14
3way|,,18
4hole|,,25
4ife|-13,,11
5thdrawal|,,20
4ork|,,-12
4riting|,-12
7ten|11
3year|,14,-18
7s|11
2self i|,15
8n|-11,-12
7on|-13
0n|,-12
1airobi|,13
2me|,14
4 and|,14
5in|,15
6s|17,-12
5on|,19
5was|31
4d|-20,35,-16
5 among|,29
6the|,35
4s|,22
5 on|,32
2tional|-19,33,-15
3ural|,12,-15
7ly|,-13,-14
9 but|-11,-12
Adisappointed|-13,-14
Ai|-11,-12
B'm|,-12
5e|,29
1d|-13,,11
2 of|,,34
3so|,,20
1ear|,11,-13
4 the|,13
4ly|,,14
6 four|,,34
2cessary|,,20
2ed|-14
4 a|-20,,14
6n|,,27
7d|,-12
7y|-21,,-18
8thing|-13
5for|-13
6rom|-19,,-15
5it|,-14,20
5me|-11,18
6y|-16,12,-15
5not|20
5someone|,15,-13
5the|,,34
7is|,,34
6o|-20,-12
5you|,-12,40
8r|-17,,51
4ed a|11
7from|-14
7to|22,17
4ful|,,34
4s a|21,18,14
7n|-11
6my|11
6right|,29
6someone|-11
6to|,-14,18
2ither|,-16,20
7 of|,-12,23
2phew|31
2rves|-16
4ous|,,-20
7 and|-13
2twork|-11
7 engineer|-13
2ver|16,14
5 been|,29
6did|31
6going|35
6had|,37,-11
6met|16,13
6once|15,37
6quite|31
6reached|31
9lly|35
7un|31
5theless|31
2w community|-11
4date|11
4graduate|-14
4hire|13,,-19
4person|31
4sequencing|-11
5tarters|-16,,-13
5ystem|,-12
4year|-13
3er|-13
5 to|,-12
3s about|,,-11
6nd|,,-16
6t|,,38
5because|,-12
6ut|-17,-16,-11
5from|-11,,23
5i|,,-13
6n|,,-11
6s|,,18
5on|,,-12
5since|-13,13
6o|,,34
5this|-11
7ough|11,,14
5was|,-14,-13
6ould|,,34
5you|-13
2xt campaign|11
7ndidates|33,-12
6onversation|,,-13
6ycle|11,-12
5day|16
5few|-21,,18
6riday|-16
5intake|,-19,-13
8erview|-14,-12
5month|-14
5one|,,20
6pening|-11
5person|31
5season|,,-11
6tep|-17,,-14
5to|11
6uesday|-13,-14,22
6wo|-13,,11
5vacancy|,,20
5wednesday|-20,-22,-18
7ek|-18
5year|,,-14
1ice|11,15
4 change|,29
5problem|,32
5to|17,,22
2ght and|11
7uditor|-11
6manager|,15
6team|-11
5ly|-11
2ne and|,,20
5years|11,15,-11
4teen|,,29
8 days|,,38
5y|,,-11
6 days|,,-18
7minute|31
1o|,,11
2 and|,-20,34
3but|,,34
4y|-13,-14,38
3choice|,,40
3doubt|-11,17,11
3fear|,29
3hard|13
4urry|,15
3is|,-12,23
3need|-11,,-14
3offer|,,34
4ne|,13,12
4r|,,34
4ther|-11,35
3pressure|,-14
3reflection|-14
5ply|20,-12
4ush|-14,-12,-14
3update|16,,36
3wish|,15
4ord|31
6ries|-14
5uld|-11,-12,43
2body|19
6 could|33
7else|-18,45,-14
7has|,13,17
7in|-13,37
7mentioned|35
7on|37
7seemed|,,20
Bs|33
7will|33
2ne|,23,-13
4 of|,17
2on|-20,-22,47
4 on|-11,-12,36
5tomorrow|,,34
3r|,13
2rdhavn|,,20
4vik|17,,14
3mal|,29
6 for|,29
3th west|,34
5ern|-11,,-18
5field|,29
5gate|-11
2t|11
3 a|26
5ccept|31
5n|15,,20
6swer|16
5sking|,-22
4be|15,-23
6en|19,-14,18
4come|16
6nfident|33,-12
7vinced|35
4disappointed|,,-22
4enough|20
5very|15,-17
9one|16,18
4find|11,32
5ully|15
4get|-11,,14
4hear|,-12,27
8d|,-17,44
5ow|33,,23
4i'd|,,20
5n|22
6vited|31
4keep|,,24
5nowing|-11,-12,36
4later|,,34
5eft|,,36
5ike|,,20
4many|-19,43,-17
4one|,13
5ut|16
4possible|-11,-12,-11
5repared|,,36
4quite|26,-14
4read|37,-12
7lly|33
6ceive|11
Bd|,-16,25
6peat|20
4say|,29
5een|,13
6lected|,,11
5imply|,,20
5omething|15
5peak|31
5ure|30
7prised|31,15
4the|11
4want|,,11
5hat|37
4yet|,,38
3e about|,,-14
6nd|19,-17,-13
5for|31
6rom|-11,,20
5that|16
7e|31
6o|-25
4d|,,-11
4s from|,-17
3hing|11,-11,12
7 and|33
8else|16
8has|,,11
8is|-11
8so|,,34
8to|31
3ice and|,-19
8t|,,12
7period|-18,-29
7that|37,-12,-11
9e|24
6d a|-11
8my|-13,,20
8the|,-12,-18
Ais|16,-12,20
5ing|26,,-16
8 that|24,,-14
4ng|33
2vel|,15
5 experience|,15
4mber|-22,-24
2w|,,15
3 a|,,20
5nd|,-12,20
4been|,-28,23
4eleven|,,34
4had|16
6ve|,17
4i|,,20
5s|,18
4on|,,25
4received|-17,,29
4seen|16
5o|-16,,27
4the|,,18
6ree|16
4used|16,15
3ak|,,20
1udge|,,25
2mber|,,-11
6 of|11,,-14
8ne|,29
7was|31
3eracy|,29
5ical|20
2rse position|-11
9t|,,-12
6you|,29
5s|,,-21
6 in|-11
7on|,18
4ing|-18
0o|11
1'clock|,,14
1ak|,15
1bliged|-20,-17
7 but|-11
2servation|22,-19,-15
6e|11,-14,14
7d|,13
2vious|11,23
7ly|33,-12
1ccasion|16
2ean|,,20
2tober and|15,-14
1dd|26,,-14
3 that|31
6ing|31
1f about|,-14
4nd|,15
5y|,,-13
6one|11,32
6thing|16,15
4pplicants|15,,-13
4ssistant|-11
3being|-21,-12,-18
4oth|,-12
4usiness|-14,-19,47
3care|,,20
4hallenge|-11
4uriosity|,32
3day|,,20
6s|,,38
4eliberation|,,34
5partment|16,18
3each|-11
4veryone|,15
B's|31
4xperience|-14
3feedback|33,-12
4ield|,15
5nance|-13
5ve|,15
4ollowing|,29
5ur|,-20,-17
4un|,15
5ture|16,,-18
3hands|,17,-16
5ving|,29
4elp|,-12
4ours|,-12
6se|,-14
5w|,,-12
3interest|-16
8view|,-14
Cs|,-14,13
4ts|11
3joining|-11
4une|,,11
3last|-23
4uck|25,,-20
3mathematics|,29
4eeting|,32
4ine|15
3news|-18
5xt|-17
4urse|,29
7ing|,15
3offers|,29
4ne|20,-12
4perations|-11
4ther|-11,,23
3paperwork|,,34
5rtnerships|,15
4eople|,14,-11
4lace|11
6nning|-11,-12
6y|,,34
4rocurement|,-14,14
3quota|-13,13
3results|,15
4ole|,18
4unning|11
3sales|,29
5ying|35
4enior|,23,-11
6se|-13
4ilence|37
4omeone|31
3tea|,29
6ching|-11
5rm|,,12
4hat|,,-16
5eir|11,15
6m|,16
6se|-11,24
5ing|,23,-11
8s|,,14
6s|,,16
5ose|,,-15
6ught|,,-13
5ree|,,12
4ime|13
4oday|,,34
4raining|-11,18
6nsparency|,,-13
4wo|-11,21
3unpaid|20
4s|17
3waiting|-14,-16,43
4eeks|-17
4hat|,13,-28
5en|-13
5ich|11
4orking|,,-13
2f a|11
5nd|,,18
4mid|33
4on|,,11
4the|11,-23
5o|-17
4work|31
4your|-11,23
3er a|15
7nd|,-14
7s|,,25
6by|-14,,43
6elsewhere|,-17
6for|-13
7rom|-20
6has|11
6in|,13,29
7s|13,-19,19
6last|,,34
7etter|11,,14
6now|,,34
6of|,,-18
7n|,-16,20
8e|35,-14
6so|,-12,14
6this|-11
6which|-11,-16,14
5ed a|-11
8in|31
8me|-25
8the|,15
5s|,22,13
6 from|11,32
7in|,15
7on|,32
3ice as|-13
7move|,-12
7on|,,14
7supervisor|,15
7to|,,20
8wice|,,36
6r in|,29
Aterview|13,,12
8vacancy|-13,-14
6s|-13
3s|,-16
4hore|,-19
2ten|,20,-11
5 a|,29
6enough|16
6get|,29
1kafor|11,,-11
1l|,,14
2d|,,-13
3 boss|,32
4manager|,29
3er|-16,,-13
1n <n>|-16
3all|,,23
4n|31
5y|-11,-12,-14
4s|,15
4t|,-14
3before|-13,-14
4ut|,,14
3day|-11,23,11
3file|,,-22
5rst|,15
4or|-14,,19
4uture|31
3glassdoor|35
4ood|,,14
3hearing|,,36
4is|24,,-11
4old|,-28,22
5w|,-12
3i'd|,-12
4ts|16
3leave|,,-11
4inkedin|,-23,24
4oud|,,34
3me|,,17
4ine|31
4onday|-11
3nights|11,-17,-14
3one|16
4ther|,,14
3paper|,32
3reflection|,,-11
5gional|-13,13
3sap|31
4chedule|,18
4eek|33,-12
4omeone|22
3their|,12
5is|,,18
4ime|,,12
6ing|-24
4uesday's|33
3us|,,34
3ward|,12,-13
4hat|12,,-21
7sapp|,,34
5ere|-12,-30
6ther|,,20
5ich|11,-12,14
4orking|-14
3you|,,20
2boarding|,,-11
A flow|17,,-11
2ce again|,,-17
5been|,29
5i|,,-18
6'm|,34
7ve|-11
5missed|,29
6ore|,-15,14
5so|31
5that|,18
7e|24,,-16
6old|,29
5we|11,-12
5you|,18
2e and|,12,-14
4correction|-13,-14
4day|,,-16
5oesn't|,,36
4else|,29
4for|16
4has|,,20
4i'd|-22
6m|-18
5n|11,,-16
5s|,,-11
4line|,,21
4might|,29
5onth|-17
4observation|31
5ffer|,15
5n|,14
5ther|-13,-17
4page|11,-12
5erson|-13,13,12
5iece|,-12
5oint|,,-14
5ractical|-16,-17,-11
4question|31
4sentence|22
5mall|,-13
5o|22
4that|,22
6ey|,32
6ing|13,,-29
5o|22
4way|-20,-23,49
5ho|-18,22
5ith|-13
5ord|,-12,23
4year|,15
5ou|,21
7r|31
2line|17,,-21
6 assessment|22
3y a|13,,12
6fter|33
6pplicant|,34
6sk|11,,14
7sume|30,,14
5been|,,34
5came|31
7ndidate|11,15,-11
5for|11
5got|,29
5hope|33
5i|16
6n|,,-11
5mention|,14,-11
5one|-14,22,-11
5person|20
5say|22,,-14
5that|11
6o|16,-19
5want|15,,-11
6ish|35
2site|11
2to one|-11
1p|16
2en about|,,-20
5for|,-14
5i|,-14,12
6've|-13,-14
5the|11,-12
6o|26,-15,-22
5with|-24
4ed the|31
9ree|,29
4ing at|-13,-14
8comes|-18,,-15
8in|-14,-16,-11
7s|,-15,-14
8 at|,,-14
9in|14,-17,-22
9on|-11,-12
4ly you|-19
4ness|-14
4s|,,-13
5 again|,15
7t|,-12
6in|,,-14
6on|-14,-12
6up|,,-14
3rating|-11,-12
7on|,,-17
9s analyst|,-23
Bcoordinator|,-12
Bdirector|15
Blead|,12,-13
Bmanager|,11
Brole|-16,,12
Bsupervisor|-11
7ve|,-12
2portunities with|20,-12
Ay i|-11
Cto|,,-33
2s|,15
2tion|22,,11
6s|-19,,13
7 and|,15
1r a|-13
4fter|-11,-12
4nother|-13,12
5ything|-17,,-13
4t|31
3elsewhere|,15
3i'll|,,36
4n|-14,-12
4s|,,18
3less|,16,-17
3my|-14,-12
3no|,-27,42
3references|-14
3seasonal|,-12
5nd|,15
3the|-12,-13,18
5ree|-16,,12
4o|,-12
5morrow|-11,-12,36
3was|20
4hether|14
2al|-14,15,-11
2der book|,15
5s|-13,13
2ganisation that|,,20
C's|33,-12
Cs|,15
7ed|,,-24
9 day|17,-14
7ing|,,-14
2well|,,20
1ther applicants|11,22
Dtions|,,20
6before|,,34
7y|,,36
6candidate|15
Fs|,15
7ompanies|-14,,44
Cy|-11,,-11
6end|35
6firm|,,23
As|,37
6interviews|-13,-16,43
6names|,29
7urses|11
6offer|,,13
Bs|-11,,14
7penings|22,-12
8tions|,,34
6people|,14
7lans|,,34
7rocesses|,,38
6roles|21,-19,-14
6than|35,-14
7wo|31,,11
6way|11,12
5's|,15
5s|,18
6 in|,15
5wise|,-13,15
9 i|,-19,17
B'll|-13,-14,42
1ur conversation|-17
Gs|,,-18
4department|-11,18
5iscussion|,,-26
4final|,15
4interview|,,12
4last|-14
4meeting|-18,,16
5ove|,-12
4office|,18
4paper|,15
6ths|,-11,-30
4talk|-11
5eam|-13,,-13
5ime|11
2t a|,15
5nd|,13
5s|,15
5t|,,14
4by|-11,,14
4clearly|,15
4for|,,14
4halfway|31
4in|27
4my|-11,32
4on|-14
4that|22
6e|,11
6is|-11
4what|24
3age|-11,18
3come|12,-18
7 and|,,-18
9s|16
8before|,,20
9ut|,-14
9y|,,38
8for|19,-28,-22
8i|-13,15
8of|,-21,-11
8was|31
3lined|,-12
3patient|-14
3reach team|,-12
3s|-14,,-11
4hone|,34
8 the|,34
4ide|23,,-25
7 applicants|40,-16,-11
8candidates|33
8people|31
8the|20
1ver a|-16,,11
6nd|16
5from|,,14
5lunch|,,-14
5most|,29
5shift|,-12
5that|,-12
7ree|-16,,12
6wo|,-24,-16
5well|-13,-14
4qualified|11,21,-18
D for|11,21,-11
Eis|33
1wn|,12
3 and|,29
4cost|,,25
4horn|,29
4trumpet|-20,44,-17
3ers|-13,13
6hip|17
3s|31
0p s|,11
1ace|-21,,-18
3ific|11
4ng|-13
3k|,,-11
4age|-18
6ing project|,-12
2ge and|-14,-12,-14
5that|16
6wo|31,15
2id|-19,13
3n|,15
3r|,15,-17
4 of|,17,-16
4ed|,-16
4ing|,11
2nel|12
5 and|11
7s|16
8ked|26
6concluded|31
8uld|15,,20
6did|22
6for|,,-21
6gave|15,-20,-16
6had|17,-26,-23
9n't|22
8s|,,11
8ve|16
7oped|-11,-12
6interview|,,15
6kept|31
6made|35
7eets|,-14,34
8mber|42,-16,-11
Cs|22
6needs|-13,13
6of|31
6seemed|25
6that|11,14
7o|15
6was|38,-17,-13
7ill|16
7ould|11
5's decision|,,-16
8feedback|,-12
8time|,,-11
2per|,14,-26
5 on|-11,18,-11
5s|,14
6 are|16
5work|,,14
2ragraph|35
4legal position|-11
Arole|,-12,14
3celly|,29
3ental|16
8 leave|16
6s|,,22
7 are|16
3k|-17
4ing|33
3t i|,-11
6n|22,-14
5time|-16
5was|-21,-11,-18
4ed|31
6 ways|31
4icularly|,-14
C about|,-12
Es|31
Denjoyed|-13
Din|-17,,-14
Don|,-19,-14
Dthe|-11,-14
Dvalued|11,-12
4ly|,23
6 because|,29
4ner's|-11
7s|,12
8hip|,,-13
Bs|,,-16
2ssed|,,-15
6 my|-21,,-19
7on|,13
7the|-19,-12,-16
4ing|13
7 on|13,,-14
8your|,,36
5onate|,29
A about|,29
3t month|15
6y|,15
5the|,-17,23
6wo|,-12
4ed|,-12,40
6 it|,,34
4ry|,,-11
2tch|,13
5y|-11,-12,-11
3h|,29
4s|,-12,-21
5 cross|,-13,-29
3ience|,-14
8 when|-14
Aith|,,-15
6t|-29
7 with|-11
7s|-13,14,-20
2y|11,-21
3ments platform|-13,21
9roadmap|,15
3roll|-12
7 administrator|-14,,12
8lead|11
8manager|-11,-12
8specialist|,-17
9ystem|,29
1eak season|,14
3rl|-11
2ers|,29
2llow|,15
2nding|,-16,25
3sion|,,14
2ople|,13,-11
6 applying|,32
8sked|16
8t|,39
7can|,21
7for|16
8rom|31
7gave|,15
7have|,34
7i|11,,-11
7like|,29
7on|,18
7the|33
7up|31
7which|-11
9o|,12,-19
8ith|-14,23
7you|,34
A'll|,29
2r cent|-16,-20,-13
4my|,,36
3cent|-19,,-16
3fect|-11,22
7 fit|,32
7ly|,15,-14
4ormance|,,-11
7ing|-11,32
3haps|20
7 a|16
8i|19
8my|,,20
8next|31
8that's|31
Ae|45
3iod|-21,-17
6 at|-11,-12,-14
7is|-17,-16
7so|,-12
3manent|11
4it|-11
6 me|,15
3son all|16
7for|-11,32
7in|,26
8s|,,20
7made|-11
7on|,13
7specification|35
7the|,18
Ay've|,32
7who|,19,-16
7you|22,13,14
6ality|40
8ly|,,-11
3th|-16
5 for|-11,,14
2trol|16
1harmacy technician|11
2d|-11
2one|11
5 all|,,34
6but|33
6call|18,-21
6for|35,-14
6hasn't|,32
6on|-13,-14,44
6screen|16
6that|16
8e|16
6you|33
9r|,,36
4ing|,-19,-14
7 me|-11,-12
2ysiotherapist position|,15
Jt|-11,,14
1icked up|,11
4ing|,13
4s|,,-11
3ture|,,-13
7 myself|-13,-14
8of|,,-17
8you|,,20
6ing|-11
9 myself|-11
2ece|,,-17
5 of|,,-13
5s|-16,,-13
2geon|,,34
2lbara|20,18
3e|15,15,17
2pe|,15
4line and|20,-12
9i|16
2tched|,17
7 at|,13
3y|27,-14
4 for|31
5the|33
1laced|,-19,11
6 on|,,20
5ment|,,-20
5s|15,-16
3in|,29
5ly a|,15
3n accordingly|-17,-19,27
6nd|,,-15
6round|,-14
5for|,13
5i|,-12
5my|-22,-11,29
5you|,,20
4ned to|31
6r role|,-16
5ing i|-11,-12
9my|-18,-20,-15
9officer|,-15,13
9the|,,34
Ao|-11,-16
4s are|,29
6to|,,-13
6were|33
4t of|,29
3te|,,-14
4form and|11
9role|,29
4ing|-11
3ybook|,29
4house|16
2c|,15
2easant|-14,35,-11
5e accept|,-16
8dvise|16,,34
8lso|,,-11
7confirm|,,36
9uld|-14,-16,22
7don't|-12
7expedite|,,34
7give|-17,,17
7just|,,20
7let|-21
7make|,,34
7note|,15,18
7reply|,,36
9spond|,,36
8ing|,,36
7send|,,14
7tell|,-16,14
8hank|-15,13
8reat|,,20
7update|,,34
7withdraw|-14
6d|,,-11
7 to|,,-26
5ure meeting|,18
3nty of|,,14
7to|,13
2ots|,-12
2umber job|,23
3s|,29
1m|,-16
1o for|-11
2dcast|-16
2int and|,,20
6i|-17,,-14
7'd|-18,,-15
7n|11
6or|,29
7ut|22
6that|,-17
7o|,15
5ers|,-16,-11
8 on|-13
5s|,,-21
2lice|,-16,-11
5y adviser|,-21
7officer|,,-17
4sh|,34
6 to|,32
4te|24
6 way|33
6ly|-18,,-15
2ol|,11,-20
2p|-19,,25
3 in|,13,20
6to|,,38
4up|,,25
2rt|-11
4al|18,-26
6 has|31
7seems|31
4folio again|31
Bnd|11
Abefore|31
2sition after|-14
As|-11
At|-14
9but|,-12
9following|-11
Br|,,-13
9has|20,-22
9i|-26
9on|-22
Apens|,,-19
9particularly|,-14
9remains|-11,-12
Bopens|-11
9this|,,34
Ao|-17,,14
9was|20
Ae|-19
Bnt|31
Ahich|16,-19
Aith|-13
9yesterday|,29
Aou|,,14
8s|16,,-14
6ve|,,13
8 reply|-11,,14
9the|16
3sibility|,,-20
B of|-18,,-17
6le|-11,-13
8 as|,,34
9could|-11,-12
9for|,-12
9i|,-12
9so|,,20
9to|-15,-16
7y|,-12,14
3t as|,18
5comes|,,-17
5has|,-16
5i|,,-13
6'm|,29
6n|,,11
5of|-12
6pens|-11
5reports|,15
5was|42,-16
6ent|31
6hich|11
6ith|-13,-14
4doctoral|-23,,11
C position|-19,,14
4ed|,,-13
4ing|24,-13,-19
7 and|11
7s|,15
4s|22,,-17
2wer|,15
1ractical|,,-26
9 test|,15
7e and|,,-13
9i|-11
9manager|,-12
9which|,29
6sing|,-14
6tioner|-13
3y|,,20
2e|-20,11,-17
3ceptor|-17,,-14
4isely|11
3fer|-33
6 to|-30
7your|-13,,20
6ence|-20,-12
A so|,-12
6red|22,-24
9 to|41,-17,-13
3paration|,,-15
B on|31
6e|,-26
7 better|,-12
8for|,-14
7d|12
8 for|24,-19,-11
9to|,,36
3scribing|,15
4entation and|20,-16,11
Di|16
Dto|16
Dwas|,15
7ing|16
A to|16
4ident's|,29
B club|,29
4s|,18
5ed|,15
7 to|,15
5ure|-20
8s|-13
3tend i'm|,,-23
9t|,-14
8the|,,20
9o|,29
4ty|,21
3vention|-11,-12
4iew|31
7 of|31
5ous|,11
8 company|,18
9messages|,,34
2ice|,15
4ing|-14
7 model|,29
8team|-13,13
3de|16
3mary|-13
3nce|,-12
6 <n>|,-12
5iple|20
4t|15
5ed|20
3orities|11,,-11
8se|,,22
A my|,,34
7y|,-12,16
3ya|16
5 and|20
3ze|,34
2obably|,15
8 have|20
9overqualified|,34
9why|,29
4lem at|-18
8with|16,12
8you|-13
7s|,,-22
8 in|,15
9you|,15
3cedural|,15
8e|15,-14
9s|-11
5ss because|20
9ut|,-12,-11
8especially|,-12
8for|,,-17
8has|,-14,21
8i|,-12,-11
9'd|,15
9n|20
9s|-14
8on|16
8so|,-12,14
9tands|,,-13
8that|20,-12
9o|,12,14
8was|,,-14
9hich|16
9ith|,,-14
8you|,-12
7es|,-20,27
9 at|,,34
4urement analyst|-11,-12
Cofficer|11,,-13
Crole|,,20
3ducer|-11,13
6t analyst|-13,-14
8design|,29
8is|,24
8manager|-17,19
7ion|,,-11
8ve|,29
3fessor|,12
4ile for|20,-12
8in|,-16,-11
9s|,,20
3gram|,,-17
7 at|,15
7me and|,-11
Afor|-14
Amanager|,15
Aofficer|13,,-15
Bn|11,,11
Ayou|-17
3ject architect|,,23
8coordinator|,-17,-11
8in|-11
8management|-11
8on|-11
8we|,-14
9ith|,-14
7s|,,-13
3mise|-19,12,18
7 to|,15,34
8you|,34
7d|17,,11
8 an|33
9me|31
9to|,,20
7s|35,,25
4ote|11
7d|-11,18
4ptly|-14
3of|,,20
3per one|,,14
6ty|,11
3tocol|,15
5type|-13,21
3ve|,29,11
5 it|,29
5s|31
4ide|-25,,-13
7 any|-19,13
Bthing|-18
8references|-17,-19,-16
5ng|,23
7 it|,34
2yce|16
1sychometric|31
C test|31
1ublic|,,-24
6 health|,,-11
7sector|,-16
6ation|,15
B record|,15
5shed|20,,-16
2lled|,-12
4ing|11
7 out|11
2ne office|11
2rsue|,29
2sh|-14
2t a|,-17,12
4in|,,19
6to|16
5t|-17,17
4my|-11,,18
4that|,15
6e|,,25
5ogether|,21
3s|-16
4 me|,29,11
3ting|11
2zzled|42,-16,-13
7 that|31
1ython|11
0qa|-13
2 automation|,29
3engineer|-20
1ualification|-14,-16,-11
Ds|16,12,-11
7ed|-14,,-11
3rter|,,-13
7 the|,15
7ly|-14,-19,-14
7s|-13,16
3y|,29
2ery|16
3stion about|,,-27
And|15
9in|35
9on|,,-11
9so|16
8s|,,-21
9 about|,,-11
Bfter|-13,13
Bnd|11
Abetter|,32
Ai|11,14,-11
Bn|11
Athat|11
Awere|33,,-17
2ick answer|,,20
6call|,-16,-11
6follow|16
6heads|-11
6line|-16,-17,29
6note|-20,11,-15
6one|-11,18
6recap|,29
8ply|,,20
6update|-30
6yes|-14,-16,40
5er|11,-12,23
5ly and|,,11
9s|11
8i|,13
8when|-11
3eter|,,-13
5ly|24,15,17
3ll|,15
3te a|13
6difficult|16
6see|,,20
6the|22
3z|31
2ota|-19,17,-16
4ed|22,,-13
5s|,29
0r sum|,,-14
1adar|11,,14
3io|-11
5grapher|11
C post|16
2ilway|-11
3se|,11
5 the|,29
4ing|31
2j|33,-12
2mp|,29
2n|,,-29
3 a|,,-11
4in|,15
4out|11,-12
4the|,,-14
3g|,,13
4 to|,15
4e|13
3ked|,29
4ing|,-14
2re|,19
4ly|,21
2te my|31
4d|,34
4s|16
3her a|,,20
7be|-22,,14
7confirms|16
7good|,32
9t|,29
7have|,-21,18
8ear|22,-12
7join|-21,,16
7know|,,13
7like|16
7more|,12,-13
7not|,-20,35
7say|-11
7work|,,38
7you|16
3ing|,18
1d and|,-19,14
3i'd|,15
3march|,,18
3you|-11,-14
1e|14,-22
2 advertised|19,-14
3your|26,-17,-13
2ach|,-12
5 a|,-23
6me|-19,-19
6you|,,34
5ed|,,11
7 a|11,-16,14
8my|16
8the|11,-19
8you|,-19,24
6s|-13,-14,11
5ing|,,20
3d|19
4 a|11,13
6s|31
5it|18,,-14
5my|19
5the|16,,11
6oo|31
5with|31
5your|,18
4ing between|,,20
8corner|16
8of|31
8programme|-11
8scheme|,-12
4me|31
4s|38
4y made|,29
6to|-12
3ffirm|-13
8 my|-13
3l and|-11
5highlight|-11
5pleasure|,12,-15
5reason|22
5sense|,-12
5thanks|,-12
4ise your|31
7d|,,-17
8 afterwards|-13,13
9the|-11
6tic|,-16
9ally|,,20
4ly appreciate|-19,-22,13
Hd|-24,-13
7do|16,,34
7enjoyable|-11,18
8xcited|-24,,14
7had|31
8elp|-11,-12,40
Bful|-14
8ope|,,34
Aing|-14,-16,14
7is|,,20
7love|,14
7need|-13,-16,43
7useful|,,-15
7value|-17,-19
7want|-22,12
8hat|,15
3pply|-14,-19,-11
3rrange|16
9d|22,-14,18
A a|16
3son|11
6 given|33
7i|,13
7our|,29
7than|33
8o|16
6able|,-17
6s|23,-19,-16
4suring|-14
A to|-11
2build|-17
7ing the|-11,,14
6t|-22,18,-20
7 a|,29
8the|-14,15,-11
2cap|-13,34
5 of|-11,32
3eive|,-13,15
7 a|,,14
8it|,-12
7d a|-17
An|-17,-12
Bother|-14
By|,-12,34
9my|,-14
9so|,,20
9the|,17
9was|33
6ing me|-13
Athe|16
4nt|,,-14
6ly|-14,15
4ption|12
9ist|,,18
C position|,,34
3kon|,31,-19
6 i|,29
8'd|-16,37,-13
7you'll|,34
3ognise|,15
9d|,28
7tion|,15
4mmended|,13
9ing|31
4nciliation|-11
Es|-11
5nect|11,-12
5sider|20,,23
4rd|,18,-20
6 at|,32
7i|31
8n|,29
7like|,29
7speaks|,29
7that|16
6ed|16,,-17
8 interview|16
9video|35
6ing|11,-12
6s|-21,,-16
7 and|-11,-12
9re|-11
8for|-11,-12
8my|-13
4vering|,15
7y|-11,-16
3ruiter|20
9 promised|31
Aquoted|31
9s|15,27
7ing|,,-11
7ment team|,-19
2design|,,-20
8ed|11
3uced|,-12,-16
7 the|,-14
5ing|,,-13
2feree|,,-15
7s|,,-16
8 will|,15
6nce from|16
Ato|,,34
9s|,,-12
A or|-21,,-17
Bwill|,34
5ral|16
3inancing|-19
B timetable|,15
3lect|38,-16,-11
7 the|31
7ed|,29
9 on|,29
7ion|,,-18
A i|,13
Bmy|,13
Bon|-14
7s|11,13
8 my|,15
3resher|-17,-12
7ing|,,35
A my|-16,-17,46
3urbishment|-16
4sed|,17,11
7 to|,32
2gard|14
6ing my|,-14,20
6s to|-14,32
3eneration|,-17
3ion|,17,-11
6al bank|,29
9director|,24,12
9sales|,,-19
4stered|,,12
A nurse|,-12,11
6ration|,,-16
3ression|-14,,-11
5t it|,,14
7that|20
3ularly|,,20
7s|,29
2iterate|-13
9 my|-13
2jection|44,-22
9 arrived|31
2lationships|,,-13
4xed about|11
3ease|-14
7s|,-14
4vant|,-12,-18
8 to|,,-13
3iability|-14,14
4ef to|16
4sh|,15
3ocate|-18,,-13
8 to|-13
7ing|-11,-12,-14
A to|,,-11
8on|,-12,-11
3y|,15
4 on|,15
4ing|-11,-12,40
7 on|-11,-12,40
2main an|31
7interested|21,-18
7keen|,-12,11
6s|-38
7 my|-34
8the|-21,,-15
4rkably|31
6s|16
3ember how|31
9that|,15
8ed|33
3ind|16,29
6er|-16,,18
8 of|,15
9that|,,34
3ote|,-17
2nal|,-12
3ewal|,12
7s|,,-14
5ed|-14,,-16
5ing|-11,-12,36
3o|-11,18
3t|-11,-12,27
4 is|,,36
2open|-11,,-11
6ing|,15
6s|,,11
2p|,15
3eat|,12,-13
3lace|-13,15
7 me|,34
4ied|,,20
4y|,-11,15
5 address|31
7sap|,,36
6by|-11,-25
6date|,,-14
7ue|,,11
6either|16
6i|,,23
7n|,,14
7s|,,38
6so|,,36
6this|-11,-14,38
7o|,,17
6would|,,42
5ing|18,,11
8 to|31,,20
3orted|11
6ing|,,-26
6s|,,-23
3s|-16,,-13
3utation|,,14
2quest|,-29,20
7 for|31
8you|,-23,24
7ed|,-27,-18
9 by|,-14
4ire|-13
7d|-27,,-14
8 from|-19,17
7ment|19,,-11
Bs|11,,-14
7s|,,-15
2read|16
2scheduled|22,-17
3earch coordinator|-14
9fellow|,,11
9is|,15
9software|11
8er|-13
4nding|,,36
4rve|,,20
3idency|-16,17,-13
7tial|,21
8s i|16
4stance|-11,-12
3olution|,15
5ved|,,20
3pect|17
7 and|,,20
8for|14,-16
8i|26
8most|,15
8that|31
Ae|,,-20
9o|16
8your|21
7ed|19
7fully|,-12
4ond|-26,,12
7 as|,,20
8by|-14,-16,-11
8i|-13,-14,11
9mmediately|,,36
7ed|,,14
6se|,,14
8 to|,,34
7ible|,-12
3t|,11
4 of|,12
6n|31
4aurants|,15
4ed|,,14
4ful|-14,,-11
7 break|-11,-12
4oration|-16
6ed|11
4ructure|-14,,-11
Aing|,13
3ult|,-14
6 but|-11,-12
8y|,,36
7in|,15
8s|,,20
7of|15,-12
7was|31
6s|-12,17,-12
7 have|,32
2tail management|-14
3ention|,,-15
3rofit|-11
3urn|11,,13
6s|,15,-11
2venue manager|,,11
4rt|-20,-22,50
6 at|-14,-16,40
7today|,,34
7with|,,34
3iew and|-11,18
7for|16
7of|16
8n|,,-11
6ed|,,-15
6ing|-14,-16
6s|,,-11
7 each|,18
8how|16
4sed|-11,-17,12
2warded|33
8 whoever|33
3riting|,15
4ote|11
2yes|35,-16,14
1ich|41
4 to|38
2de|-13,13
4 along|-13,13
3ge|-11
5way|-11,18
2g|-14,,-15
3ging|,-14
3ht desk|,,34
6fit|22,-14
7or|,15,-13
6in|,29
6match|31
6now|-17,,14
6to|-17
6up|-11
2ng|,,24
4 me|,15,21
5on|,-12,36
5tomorrow|,,34
5you|,,34
8r|,,36
4ing me|11,-19,-16
4s|,39
5 me|,37
2sk analyst|,15
3otto|,15
2ver|-16,,-13
2yadh|,13
1n|-13
2 position|-11
1oadmap you|,,20
4s|22
2han|,15
2le but|,-22,14
6y|,-12
5closer|-13
6omes|-11,,-11
5elsewhere|11,-16
6specially|-19
5feel|-20
6its|-11,-12
6or|,,-14
6rom|,,14
5has|,-27
6eld|,,20
5i've|-13
6sn't|,,36
5last|,-17,18
5needs|11
5opens|,,-14
5particularly|-14
6lay|20
5remains|-17,-11
7opens|,,20
5since|,21
6o|,-22,16
5that|20
7is|-11
6wo|,15
5very|-11,,14
5was|19,,-20
6e|-24
7nt|,-17,-13
6ith|,-11
6ould|-16,,-13
An't|,15
5yesterday|,15
6ou|,-16,-11
4s|11,,-39
5 and|,,-11
7t|21,,-18
6in|,-12,-20
6that|-11
3ling|-11,18
4out|,,-18
2oftop|,,-11
3m i|11
5would|16
4s|,12,-15
2se|,-16
4 from|,-14
3tering|,14
2tate|-11,18
5ional|-11,18
A analyst|,15
2ugh|-21,-11
5 idea|-11,-12,14
6timeline|-13,-14
5ly|-12
7 <n>|-16,,-13
8a|,-14
8when|-16,-14,-15
3nd and|,,-13
6felt|11
7or|,-21,18
6interview|,-20,-14
6of|-16,-19
7n|,,11
6so|11,,14
6to|,15,34
6was|17
7ent|22,13
7ith|,,14
5s|20
6 a|31
8nd|27,-15
7for|15
7i'd|31
7of|,,22
7which|16
3te|-11,,-20
5 planning|-11,-12
4ine|-11
2w|-13,37
1uiz|,15
2les|11
2n a|,18,-21
5nd|,29
4from|-11
4out|,,36
4the|,,-23
6is|-11,18
4your|11
3ning|,12
7 a|,12,-13
9nd|,14
8my|,29
8such|20,-12
3s its|-14,,-11
5on|,29
6ut|,,34
5the|,-16
2sh|-17,-11,-15
4 on|,,-13
5your|-17,-19,-16
4ed|,,-18
4ing|16
0s i|,15,-13
3n|-13,34
3t|11
2my|-11
2the|33
2you|16
1ad|,,-20
3 about|-16,-14
4to|,15
2fe|,26,-11
4 pair|,29
4ty record|,15
2id a|,-14
6t|11
5i|,,-11
6'd|11,-17,14
7m|-11,18
6n|,,14
6t|14,,-13
5more|,15
6y|,21
5so|21,-16,-11
5the|14
8y'd|,29
5you'd|,,20
3gon|16
2ke|,15
4 of|,32
2lary|15
6 band|38
8efore|33
3es engineer|-13,-14,18
7xecutive|11
6focused|-11
6manager|,11
6role|,,12
5force|31
2me afternoon|,15
6pproach|-14,,-11
5day|-11,18,14
5experience|,15
5for|,17,-13
5here|,13
5impression|31
5kind|-11,18
5post|31
5question|,,36
5standard|11
5thing|,15
6o|,29
5way|11
3ple|,,-23
6 lesson|,15
6s|-13
5ing|-13,-14
2p|14
2rah|-11,-12
2t|16,,-20
3 down|20
4on|20,18
4the|,15
3isfaction|-16,,-13
6ied|,15
6y|31
3urdays|-13
2uce|,15
2ve|,14,13
4 us|-11,,34
5you|,12
4d|24,-28,-22
5 me|20
6us|32,-24,-18
3ings|-11,18,14
2w it|31
4my|,29,20
4on|,15,20
4you|,,34
2y|,11
3 about|-11,18
5gain|-14,13,-11
5nd|,15
4hello|,,20
4i|14
5'd|,32
6m|-12,,-13
6ve|16
5t|,18,-18
4more|37
4nobody|,18
4that|,11
6e|19,13
7y|,15
8've|,35
6is|11,17,-11
4with|,21
8out|,29
4you'd|,,20
3ing|21
6 so|31
9mething|31
7that|20
9e|16
3s|13,13
4 i'm|,32
5more|,21,-11
6y|,15
5something|-14,40,-11
5the|37
1cale|-21
3nners|,-12
2enario|,,-22
4e|11
2heduled|,-12,-11
8s|,-17
3ool has|11
2ientist|-11
9 role|-14,,-11
2ope|11
3re|12,,-23
5d|11
5s|13
4ing|16,,-16
2ratch|,16
7 and|,29
3een|11,,-16
6ing|22,-22,-18
9 call|27,-16,-11
3ipt|24
1ea|-16,-14,11
3rch and|16
7committee|-14,,-11
7for|,,-11
7so|-13,,20
6es|,-12
6ing|,18
9 for|,15
3son and|-14
6al|,-21
6s|,,-13
7 and|,29
3t|11
2cond conversation|,-12
7fix|-11
7gentle|,,34
7half|19,-17,-13
7interview|,-16
Ger|42
7officer|16
8pening|16
7question|,15
7round|16
7stage|22
7time|17,,-11
7year|-17
6ary|-11
6s|11,-16
3retary|,18
3tion|,,-26
7 of|,-12
7s|16
4or|,,-11
3ure|,,20
5ity|,,-11
2e a|,35,-11
5t|,29
4but|,-12
4for|,29
4if|,,22
5t|,15,-11
4my|,13
4no|16
4one|11
4that|,20,-16
6is|16,34
4what|26,12
6ere|14,-14,11
7ther|-23,,17
6ich|22
3ing a|,32
8s|,15
7it|11
7me|,12
3k|33,-12
3m|13,11,-16
4 to|13,,-14
4ed|21
6 more|33
7on|16
7to|22
7very|,29
4s|27
5 a|40,-12
6the|31
7o|18
3n a|,15
6ll|,29
5in|,15
6t|,,14
5my|22,-14
5the|11,,-14
2lected for|,-12
3f|-16
2minar|-16,,-13
2nd|-15
4 a|,-20
6nything|-27,,-24
5it|-27
5over|-17
5the|-13
8m|-13
4ing|,-19
7 a|11,-12
9n|-13
8my|,,14
8the|,-16
4s|,29
3ior accountant|14
8nalyst|,13
7buyer|22
7copywriter|-14,23
7management|,29
7planning|15,,12
7role|-11,17
6ity|,29
6s|,15
3se|,-11,-22
5 of|,,-27
6that|,-21,-16
7o|-13
4itive|,,20
3t a|,-14,22
5in|16,-14
5me|16
6y|11
5the|,,11
7is|,,34
5you|-11,-12,14
4ence|27,-20,-14
8s|33
9 or|31
2parate|22
3sis|-11
3tember|-17,-11
9 and|,-14
Aso|-11,-12
2quencing|-13,,-11
2rious|,,34
7ly i|-11
3ver|,15
5s|31
4ice engineer|-11,-12
8technician|,15
8was|,13
9ith|-11
7s|-11
2ssion on|-11,,23
7s|,-20
2t a|,29,20
5side|16
4out|17,,-11
4the|,18
4up|-14
3s|11
3tle|,,12
6d|15
7 before|31
8on|20,-12
6s|,-13
7 in|,-12,-20
3up|-16,,-13
2ven|,,17
5 weeks|17,-12,23
6years|,18
4ral good|,-12
8of|13
8people|,29
1hadow|-14,,-11
3ll|,,20
5 be|-14,,14
3me|20
5 for|20
6the|31
6we|31
3pe|,12
5 but|,15
3re|,,-12
5 a|,,-18
7n|-14,,-11
8y|-25,-27,-23
9thing|-14
6before|-19,-21,-16
6i'd|11,-12
7t|,,-13
6my|15,21
6on|,,-14
8e|,-12
6the|-15
6what|-14,-19,-11
8ere|-18,,-17
7ould|-11,-12,14
5d i|,,14
5s|-11,,23
4ing|,,-15
4jah|20
4per|-11
6st|,12,-13
2e|14
3 had|,22,-14
6s|,37
4missed|31
4was|16,,14
5ould|17
3'd|,19
4s|,18,-13
3d|15
3ets|,15
3nzhen|,29,20
2ift at|,,38
6if|-14,,-11
5ed|17,-16,-11
5s at|11
7because|,29
3p|,15
4ped|,18
2oes|,,20
3p floor|,21
3rt|,,-14
5 call|11,-12,-14
7ontract|,,-11
8urse|-14,-12
6i|,15
7'd|-11
6note|,,-23
9ice|-13,-12
6of|17
6phone|16
6so|-13
6update|-14,,-11
5list|,16,-12
9 was|37,15
Bill|,32
9ed|,23,-11
B for|-11,35
3uld a|,,-14
7have|,,-11
7i|,-12,40
7keep|,,38
8now|31
7let|-17,,-14
7mention|,,16
7probably|,15
7tell|,15
8he|,15,-14
6n't|15,12,11
9 be|20,18
3w me|-21
6ore|,,20
5that|,-12
7e|,15
8ir|31
5what|20
5you|-14
4ed me|-12
7you|,18
4n|21
5 under|31
4s how|-14,,14
6my|-11
2utdown|-13,12
1ide but|31,-14
5for|-16,13
5i|11,-12,-14
5of|18,,11
5seems|31
5the|,15
4s|11
4ways|,32
2ft|16
2gn|-13,,21
4 off|-17,,14
5with|-13,-14,42
4al|-13,-14
4ed|,11
6 off|,29
7up|-16
4ing|-13,-14,22
7 with|,,34
2lence|21,-25,55
7 as|,,38
8is|,,40
8that|,-12,43
2milar|-13,-12,-12
7 comes|-11,-12
8position|,-12
Bt|-14,-16,-11
8role|-25,-15
Cs|17,-16,-14
8with|-14,-19,-11
3ple|,,14
6 for|-11,,14
7yes|,,36
6r|-11
5y because|,,14
7can't|,29
7told|31
7wanted|-16,,-15
2nce <n>|,15
6a|16
7bout|,,20
7nd|-11,-14,11
6been|,13
6half|31
7eard|33,-12
6i've|-11,18,14
7t|19,,-11
6long|,,38
6march|,,27
7y|,,13
6nobody|31,,20
6our|-27
6passed|-11
6received|,-12,23
6so|,13
6the|,,18
9n|,-12
6we|-18
6you|,,16
9r|31
5re|-11,-12,-11
7ly for|,-14
Athank|-11,18
3gapore|-11
4h|16
4le|,18
6 failed|,29
7handedly|-11,35
7question|31
2r|11,12,16
3 for|,-12
4i|17,18,20
2t in|-11,18
4on|,,20
4with|-11
3e and|,,34
5for|,15
5manager|,14,-13
5on|,15
5supervisor|11
5visit|,-11
5walk|16,-14
4s|,,-11
5 and|,15,-11
3ting my|,,-11
3uation|-13,-25,13
9 more|,,34
2x in|,29
4to|11,-12
4weeks|,-14,13
4years|,,-24
2ze|,21
4 doesn't|,29
5of|,29
1ketch|-11
6ed|15
6ing|,13
9 out|,29
1leep|,13
3pt|16
5 on|16
2ightly|,12
3p|,23,18
4ped|,,17
5ing|,29
4s|,-12,14
2ot|13
4 and|33
4s|,,17
3w|-13
4 reply|,15
5to|-13
4ed|-11
1mall team|-11
7hing|,-14
6update|-24
5er|-20
3shed|,29
2ile|,15
2ooth|16
1nap|,32
4 me|,32
4ped|,29
7 up|,29
1o and|31
5y|-16,-14,22
6thing|,,34
4t|11,-12
3before|,-21
3candid|-13
4learly|-16
5ose|,-12,14
4ould|,-16,27
3do|,35
3either|31
3here|,-12
7's|-11
4onestly|,15
3i'd|,,11
5ll|,,18
5m|,,12
4f|-15,-33
4t's|31
3kind|,,-14
3let|-11,23
4ong|,,29
3many|,,14
4y|,-14
3no|,,11
5w|-11
3open|-17,,-15
3perhaps|20
4lease|-17,,17
3quickly|,,-15
3rather|,15
3smoothly|,,-11
3thank|-16,-14
6t|,-11,13
5is|,16
3unless|,,38
3we|,,16
5ll|,14
3you|,,12
6're|-13,,11
2ftware your|,15
2il|-20,-23
4 microbiome|-13,-14,11
2lar|-11
3e|,15
3icitor|,,20
4d|,15
3ution|16
8s|-13,,11
3ved|-11,35
2me feedback|,-17
5good|16
5news|,,18
5of|,,-18
5point|,,-11
5time|,,-13
5way|,17
4one|14
7 actually|,,20
9lready|21,-16,-11
9t|14,,11
8can|16
9ould|19,-20,12
8else|,-23,20
8for|16
9rom|26,-14
8in|22
8like|-13,37
8more|31
8on|35
8to|11
8who|,13,-18
9ith|,21
4thing about|,21,-15
Abefore|,,20
By|-11,-16,43
Aelse|14,-21
Ai'd|16
Cve|,-14
Bn|-11,,23
Alike|,18
Amore|17,18
Aof|,18
Asimilar|-22,,-18
Buitable|15
Athat|,18
Bo|11
4where|13,,-15
3melier|-11,18
2ns|-11
2on|-20,,14
4 as|-22,-13,25
5find|,29
4er|,-12,23
6 than|,,17
2rry again|-16
6for|-19
6if|,18
7t|,,-18
6not|-11,-21,-16
6this|,13
7o|,-20
6we|22,-14
3t|,17
4 of|,22,-11
6ut|-11,14
4ed|13,,-13
6 before|11
2und|,17
5 arrogant|,32
6big|,29
5ed|,-21
5s|,,-15
3rce|16
5ing|,-16
4dough|,15
1pace|-13,21
3m|-14,,36
4 folder|,-12,36
3re|-16,,11
5d|31
2eak again|,,-14
6for|-11,32
6to|,,14
6with|,,-20
5ing with|,-11,-11
5s|,15
6 for|-13,37
3cial|,32
7ist|-11,-18,13
A position|,-22,11
Brole|,-17,14
5fic|,-21,-14
8ation|24,,-11
D and|31
3ed|,,12
5 things|-11,-12,36
3nd|-14
5 another|,,34
6the|-17
4t|,,-26
5 a|20
6more|31
8st|26,-21
7y|,15
6on|15
6the|13,-22,-15
7wo|11,-14
6with|,,-27
2irit|13,,-13
6 of|15
2lit|,,-13
5s|,,-14
2oke about|,11,-13
7fter|16
7nd|-11
6i|-21
7've|,,-13
7n|-11,-12
6on|-11,-25
6the|-13,12
7o|33
6you|,,34
5n|21
6 for|31
7to|21
3nsorship|-13,-14,-11
3tted|,37
2readsheet|,,-13
B exercise|16,-14
3ing|,,-12
6 and|-16,,-13
7campaign|,,-11
7i|,13
7season|16
1ql|,,-13
2uare|30,,-16
6 the|31
1t aidan's|,,20
3brendan's|,18
5igid's|,32
3columba's|,13
3luke's|-13,13
2ack|,12,-13
3ff accountant|-11,-12
7re|16
5ing|-13
3ge manager|20,-12
6process|31,-12
6so|,,20
5s|,-28
6 and|,-12
3keholder|,,-15
B management|,15
Bs|11
3nd|,,13
5 before|-14
7y|,,34
6on|,-12,14
5ard|11,12,-26
8 template|31
8s|,15
5ing|19
5s|,,-12
3r|,32
4t a|,,11
7fter|-13,34
7nd|16
8y|-17
7t|-19,,-14
6dates|,,-13
6forty|,,20
7rom|-16,,-13
6immediately|,,20
7n|-18
6that|22
8e|11,,14
7o|,15
6with|,-12
5ed|,,-12
7 forty|31
8picturing|-11
8reading|,13
8the|,,20
8well|,,-11
6rs|-16,,-13
5ing point|,15
9to|21,-14,36
5s|,,-17
3te|-11,18
5 and|,15
6of|-11,,14
6that|,29
4us|,,13
6 as|16,15
8t|,,36
7update|16
3y available|-11,-12,40
5connected|,15
5in|,,-17
5on|,13
5with|,,-13
4ed|-12
6 with|-11
4ing in|,-14,-13
4s|-13,,22
2eadier|,29
5y|-14,,-11
3p|-16,,-17
4 ahead|,29
6nd|-11,-14
5back|-14,-12
5down|,21,-18
5for|,18,-11
4ped|31
5ing|,,-11
4s accordingly|,,34
6soon|,15
2ill admire|31,-14
7waiting|,,34
6be|22,-11
8ing|-11,-12
6calls|,32
8n't|35
7onsider|16
6does|,32
6genuinely|16
6hasn't|,15
8ve|,13
7ere|,,36
6i|27,-17,-14
7'd|15,15
7n|-13,-17
8terested|,-12,19
6like|31
6much|-16,12,11
7y|-26,,20
6not|33
9hing|,,36
6on|11,-12
7pen|,-19,11
6pending|,,34
7refer|-16,,20
6rather|,15
7eally|,-12,16
8spect|33,-12
7ings|,39
6think|20,-20,-16
7o|-11
6up|,,14
6waiting|,-12,45
8nt|14,-17,19
7elcome|33,-16
3mulating|,21
3ngs|11,-12
2ood|,13
5 out|-11,23
3p|,,33
4 refreshing|,,34
4ped|11
7 me|,15
3rage|-11
4es and|16
4ies|,-12
4yboard|-13,13
2raight answer|31,-14
Away|-17,,-11
9with|12
9years|,32
4nge|41
4tegic|,18
7y|,12,-11
8 associate|,15
3eaming|-11,-12
4et|-20,11,-17
6s|,15
4ngth|17,,16
8 of|33,,22
8en|-21,-21,-16
A before|-13
Bmy|,-12
4ss|,15
6ful|,,34
4tch|,29
7ed the|11
3ictly|,15
3oke|,,-11
6 unit|,-12
4ng|,,-15
6 candidate|31
7field|-16,-14
7internal|37,-12
6er|-14,,-20
8 candidate|-11
7st|,24
9 of|,29
3uck me|20
4ggle|,24,-11
8 to|,28
8d|,17
9 with|,15
7ing|17
A to|41,-12,-13
2udent|,13,-24
7 in|,29
8she|,29
7s|,11,-30
8 about|,15
9were|-14,23,-11
4ied|16
6s which|-11
5o and|,,-11
8s|,15
7tour|,29
4y|,,-12
5 and|11,-12
6brief|15
6was|11
3mbled|-11
1ubject checking|-19
8follow|,,12
Eing|,-17
8quick|,15
8re|23,-26,-11
8senior|11,,14
9tatus|,,20
8thank|-11
Ds|,,-16
8update|-11,,14
3mitted|13,,-14
3scription|,15
2cceed|,15
5ss|,,-15
7 and|22,,-11
8in|33
8lead|16
8manager|,-12
8role|,,-13
8with|11,,-20
7ful|14
A applicant|16
Bcandidate|32,-17
3h|,,-14
4 as|-27,,-26
2ggest|17
7 i|-11
8that|40
8you|,32
Br|35
7ion|20
7s|19
2it|-11
4 me|-22
4able|,,-26
8 comes|14,,-13
9role|,-14
4e|-14
5 was|,,20
4s|-12,,-16
5 the|-18,-17,-17
6you|-17,,-16
2m|,,-15
3mary|,,-18
7 of|20
4er and|-11
7internship|,-12
4it|,34
2nrise|,29
2pervised|-16,17,-13
A in|-11,32
8or at|-13
Bpost|16
As|-11,18
3plier|-21
5y chain|,,-18
7planner|,-16,18
4ort desk|,15
8role|,,11
8technician|,13
9he|,12,-13
7ing the|-11
7s new|,-12
5se|19,11,-27
7 every|31
8it|22
8that|,29
C's|,15
Ae|37,-14,-11
2re|12
4 about|-11,,14
6nyone|31
5he|31
6ow|29
5i|-16,27
6'll|,29
6t|26,-13
7's|,,20
5my|-13,13
5she|16
6omething|,15
5that|15
9's|11,-12,14
7e|20
8re's|16
8y|15
5what|41,-16,-13
7ether|11,-12
7ich|,,14
7y|31
5you|,,20
8'll|-18,12,21
9re|,,34
4ly|,,28
6 a|,,36
7the|,,20
3gery|-16
4ical wards|16
3name|31
3prise|11,,-20
8 but|16
9given|16
9to|33
8d|21
9 by|31
Agiven|31
Aif|,33
Ame|20
Athat|40
Ce|20,23
Bo|24,,-11
7ing|19
3veillance|,-12
5y|,-15,-21
6or|-12
8 role|-19,,12
4ived|-11,,14
8 the|,,20
2spect|12,17
7 i'll|,29
9t|20,18
8most|,29
9y|16
8not|,23
8that|,32
Ae|17
8you|,15
B'll|16,29
Br|,35
5nse|,,40
3tainability|-14,-16
E analyst|-11,-12
1wamped|,,38
2indon|,,14
7 site|,,20
4g|,,34
3tch|,-14
6board|-14,,23
6gear|,15
1ydney|11
2stem|,,-11
6 and|,,-20
6s and|-11
8i|,29
0t|,15
1able and|-11,,23
6than|11
7o|,32
6which|,15
2ke a|-23
6s|,18,34
5home|15
5it|,,19
5one|,32
5part|15
5that|,,19
7is|,11,13
6ime|-17,,14
6o|,,36
5up|,-14,-22
5you|,-14
4n|14
5 a|,12
6into|33,-12
6the|31
6with|-13,13
4s|,-12
5 about|16
6it|11
3ing a|,,-11
7me|-14,,-11
7so|,,34
7this|,15
2lent|22
6ed|,29
3k again|,12,-17
6nd|,-12
5it|-20,-20
5soon|,29
5through|-19,-11,-18
6o|,15
5with|,-19,-11
4ed about|-16
4ing about|,15
8with|,,-14
4s|20,,17
5 so|,,20
2n|,-12
2rget|,17,-11
6 in|,13
6s|-13,21,-13
2sk|12
4 for|33
5i|,,20
6s|31
5was|-11,13
3ting|-25
7 menu|-14
8on|-11
2ught|-15,,-22
6 in|,29
7me|-11,,-18
2x|-20
1each|,,-20
5 the|-14,14,-14
6your|,15
5er|,13
7 of|,15
7s|,-12
5ing assistant|,-16,14
9demonstration|11,-12
9post|,,14
3m a|11,,-13
6ll|,,-13
6nd|,,-12
6s|-16,-14
5behind|,29
6ut|11
5can|11
5effort|,-14
6ven|11
8ry|,,-15
5for|-11,18
6rom|11
5gave|18,,-16
5had|19
7ndled|,15
Bs|,,-15
6oped|-16,-17,-13
5i|,-14
6'd|11
6f|-13
5lead|11,,-11
5made|16
5of|-23,-12
6n|,,-17
6ver|11
5put|,15
5remains|-22,-22
6uns|,-17,-11
5shares|-11,,23
6o|-13
6pent|-11
7lits|,,-13
6upports|16,-14
5the|,35
7rough|,,-14
6o|15
5very|,-14
5was|,,-22
6ell|31,,-18
6ill|11,15
6orks|,,-18
7uld|-19
5you|11
4's|-20
6 plans|-13,,11
7time|-11
7work|,-14
4s|,11
2ch|,,14
4nical|,,-11
9 and|,,20
Ainterview|,14,-18
Apresentation|31
Aquestions|,,-11
Atest|37
7ian position|-20
Et|,,-11
Brole|,-14
As|-11
2enagers|-11,18
2ll from|-11,38
5her|,,34
5people|16
5the|20
8m|,,23
5you|-17,16
4ing me|,,-16
8you|,-14
4s|14,15
5 me|19,,17
6you|,17
2mplate|13,-13
8d|31
4orary|-11,18
9 accommodation|,29
2n days|-19,,13
4minutes|19
4times|,15
4years|,27,-15
3d|,24,-11
4 to|,24,-11
4er|-11,,-11
4s|-13,34
5 to|-13,34
2rm has|,,-17
3ritory by|,15
Amanager|,,-11
Asales|,-12,14
2st|12,,-17
4 and|14
6utomation|-11,-12
5engineer|-11,-12
5nobody|33
5of|22
5so|11
5was|24,16
4ed|16
4ing|-13
4s|,,-18
5 are|16
2xt|11,-16
4ed|,,34
1h|-14
2 about|,,20
4nd|,,15
4s|-13,,14
4ugust|-11
3edition|,15
3i'm|-11
4nstant|,,20
3july|-18
5ne|,,-15
3march|-20
3of|,,14
3so|-16,-22,12
3to|-17,-19
3with|-11,,-11
3you|-11,-12
2an a|11
6bout|22
6n|21,-12
7y|,,-18
8one|,43,-18
8thing|,,-14
5before|,-14
6y|,-12
5emailing|-16
5find|31
6rom|33
5how|31
5i|,,-14
6'd|-19,-12
7ve|,32
6n|-11
6t|,,-14
5just|,,-15
5keep|-13,-17,42
5later|,-12,14
6eaving|20,-12
5me|19,18
6ost|-26,35,-23
6y|14,-17
5not|11
5on|38
7ce|-13,34
7e|,17
5patient|,,34
6lanned|-11,-12
5sending|-13,-14
7ven|,,34
5the|11
8y|11
7is|,29,11
7ose|31
6o|-11,-12
6wo|20
5what|,32
7en|-17
5you|16,,11
8r|,15,11
9s|16,23
4k mr|,13
5ful|-11,-24
8 for|,-20
5ing|,15
8 you|,15
5s a|,13
8nd|-29
7heaps|20,-16
7i|11
7so|-12
3t <n>|16
5a|15
6fter|15,,-13
Anoon|20
6n|16
7other|,-12,23
6pplicants|31
6round|,29
6s|,,14
7ide|31
6t|11,-12
5background|,15
7sis|17,-16
6eing|20
6y|,15
5came|,,-11
7ndidates|,,12
6learly|,,11
6ome|-13
9s|16,16
7uld|14,,-13
8nts|-11,32,11
5date|-21,-23
6epth|,34
6oes|16
9n't|,-14
7wn|,15
5energy|,29
6very|11,,14
Aone|22
6xperience|-11,,-24
8ires|,,14
5for|,13
5gap|,-14
6oing|,-12
5had|26,,-16
7ve|,15
6e|,,11
5i'd|,12
7ll|-17,-19,14
6f|11,-11
6nto|,-12
6s|,,-13
6t|11,-13
7's|21,-21
5kind|,,-20
5leaves|,,34
7vel|-13,37
5matters|,-14
7y|17,-14,-11
6ight|,-16,-11
6ost|19,14,-11
7ved|,18
6y|,12
5no|,24
7body|22
7t|11
5once|,29
6pen|16
6ther|26,,11
6ur|-16,12,-11
7t|11
5part|20
6roblem|,32
8mise|,,36
5question|35,-14
5said|,,14
7me|-16,21
7ys|,15,-11
6ite|11
6omeone|15
6uits|-14
5talks|,,20
6ells|14,13
6he|15
8re|15
8se|,,20
7is|-24
6ime|,-25
6o|,19
7ok|22
6wo|35
5week|,-16
7nt|,,11
7re|15
6hen|11,15
6ill|15
7ndow|-11,-12
7th|,12,-15
9in|,29
6on|,32
8't|31
7rk|-22,-24
7uld|-16
5you're|-13
9ve|-14,,28
8r|20,,-18
4's easier|-13,-14,18
8xactly|,18
7fine|-14
7not|-11
7possible|,-12
7the|,,11
7what|-11
2e <n>|-11
4accessibility|-11
7ounts|-13
6ting|37,-12
7ual|33
5d|35
6vert|25,-20
Aisement|29
5fternoon|11
5ge|,29
7ncy|15
5ir|,,14
5nswer|11
5pp|,29
7lication|15,-12
7rentice|,-14,20
8oved|,15
5rticle|,,-13
5ssessment|11
Aors|19,,-11
5tr|,,-11
6tention|17,18
5uditors|,15
4back|,,-15
8log|-13
6kery|,18
6ll|,,36
6nk|,,11
6r|,24,-13
7ista|-11
6sic|,,14
5ench|,15
6st|,,-12
6tter|-16,-12,25
5ig|,28,-14
7gest|,23
6lingual|-11
5oard's|-13
7ts|,-12
6nus|,32
6oks|16
6ttom|11,32
5rief|24,,-21
7sbane|,13
8tol|,-16
5udgeting|,,-13
6s|,-14
7iness|-11
4caf|,13
6lendar|17,-14,14
7l|13
6mpaign|20
8us|,,-13
6ndid|-11
Aate|25
6rdiac|-17
7e|-13,-14
8ers|-11,-12,14
5ertificate|,,-16
5hair|,12,-13
7llenges|-14,,-11
7nce|,,-11
7rge|,18
7t|,19
6ief|-14,14
7ldren's|-16
7n|17
6oice|,13,-16
6urn|,,-13
5ider|,15
6ty|,15
5laims|-13
7ss|,13
6ear|,-16
6ient|,11,-17
A's|,-12
As|-11
6ock|20,,23
7ud|,23,-11
5o|,-12
6astal|,,-11
6ld|,-14
7lections|20
9ge|-11
6mmittee's|,,-20
8ute|,-22,-13
7pany|13
8etency|,18
Aition|,15
8liance|-19
6nditions|31
7fusion|20
7servation|-13
7versations|,,-22
6operative|,18
6py|,15
6re|,,20
6uncil's|,-16
8ter|,15
9ry|-11,32
9y|,,-22
A's|,12
7rse|-14,,-11
8tesy|16
5riteria|35,-12
5up|,29
6rrent|,,-19
6stoms|,-16
5v|35
6s|,15
4date|,-23,12
8s|,-12
6ventry|,,14
5ealer|,15
6ciding|14,-12
8sion|12
7khand|,-12
6lay|,17
6ntal|-11,-14,11
6partment|,,-12
E's|,,-18
6tail|-11
Aed|,,-15
5ifference|-11,23
6rection|,-12
Aor|,16
6spatch|,,11
7trict|,,-20
5octors|,29
5rive|-16
4earlier|35,-14
Ast|-20,-22,46
6siest|,37
5dge|31
5ffort|31,,18
5ligibility|16
5mail|27,-27,-21
6ergency|-18
5ngineer|,29
Cs|,15
6terprise|,15
7husiasm|,,34
6vironmental|-17,-19,-14
5state|11,,-14
As|-16,-17
5uropean|,,14
5vening|-13,,11
5xam|-13
6ercise|11,-16
6perience|,-16,-11
4fabrication|,-12,14
6ct|,,-13
6lls|-13,-14
6mily|-17
6rm|,21
6stest|-11,35
5eatures|,15
6e|,29
7dback|15
7ling|20,,14
6stival|,,11
5ifth|,,14
6gure|22,-22,-17
As|,,-14
6le|11,-12
6nest|,37
6re|-13,,20
7m's|,,11
6t|14
5loor|11,14,-14
5ocus|,-12
6llowing|20,-14
6od|-14,-21
6recasting|-13
7klift|-11,-16
6ur|,-17
8th|23,,11
5rank|-19
5ull|,,-15
6ture|,-11,-30
4galway|31
6p|,,-11
6rden|,,-11
5eelong|,15
6neral|,,14
7omics|16
5overnors|,-12
5rade|16
7nts|,-23
6ound|,21,-19
7wth|,18
5uest|-11
6lf|-11
4halden|,18
7f|20
6rbour|-11
7dest|-13,17
7vest|-11,-12
5elpful|,-14
6ritage|-14,,-11
5igher|11
9st|-22,46,-18
8light|,-14
6nt|33
6re|20,-22
7ing|18,,-20
5olidays|-14,-12
6me|-11,-12
8work|-11
6tel|,15,-16
6ur|20
7sing|,,-24
5ybrid|-11
4icu|,15
5deal|,32
5mpression|35,-12
5n|,,11
6dustry|-13,21
6formation|15,,-13
7rastructure|,13
6side|,-12
7pectors|-11,32
6tegration|,-14
8rest|-13,-28,-23
9nal|11,,-11
9viewer|27,-12
Fs|13
Ds|12,,-11
6ventory|-14,-19
7itation|,-14
5ssues|,29
5t|-16
4job|12
4keynote|,32
5ids|,,20
4lab's|-11
6ds|20
6mb|-11
7p|,15
6rgest|-14,26,-11
6te|,,-11
8st|-19,,36
6unch|,,-15
5ead|,13,-17
7rning|-19
7se|16
8t|31,,20
6nders|,15
6sson|16,-12
6tter|16,-22,-17
6vel|,,-15
5iberty|,15
6kely|11,-12,-11
6ne|11
8s|,,14
7k|,-16
6sbon|,15
7ting|31
6ve|11
5obby|,21,11
6cal|-19
9isation|,-14,11
6gistics|,-11
6ng|-17
6op|,,-11
6west|-11,32
5unch|,,-11
4machine|,29
6in|,,-16
6nagement|-14
Ar|18,,-11
6rina|-14,,-11
7ket|,,13
6ths|11,-14,11
7ron|,,20
7ter|16,,20
5eantime|-23,,-19
6chanical|-14
6dical|-16,12
6rger|-13
7it|31
6ssage|21,-17,-14
6thods|-11
7ro|,15
5idlands|,,11
7west|,18
6ll|16
6ne|16,-14,11
7ing|-13,13
8stry|-11,14,23
6ssion|,29
6x|,-14
5obile|-17
6delling|,,-13
6ment|,,15
6nitoring|-11,-12
7th|-22
9ly|-16,,-13
6rning|12
6st|-11,14,-14
6ve|,,-15
5usculoskeletal|-11
4name|31,21,34
6tional|-11,38
5eedful|,,34
6twork|-19
6wer|,15
5oise|,15
6rth|,13
9ern|,,-16
6te|16
8s|24,,-11
5umeracy|,29
9ical|20
6rse|,18
4offshore|-11
5ld|,,-17
5nboarding|,,-20
6cology|-13
6e|,,-11
6line|24,,-16
7y|,26
5pen|15
7ration|,29
5ral|,15
6ganisation|,-14,-11
6iginal|,,-13
5thers|-19,24
5utcome|11,-17
7patient|-13
7reach|-14
7side|26,,-11
5wners|-11,18
4pace|-17,,-15
7k|,15
8age|-14
6iring|,,-13
6nel|11
6perwork|11,14,18
6rts|16
6ss|-22
7t|,,-11
6tience|,-12
6yments|,,-11
7roll|-15
5eak|,15
6ople|,13,-11
6rfect|,32
7son|12,14
5hd|,15
6one|,,-13
5ick|-11
6lbara|20,18
6peline|,13
5layhouse|16
5odcast|-11,,14
6ol|11
6rt|,,-16
8al|33,-12
6ssibility|-14,,-14
7tdoctoral|-21,,11
8ing|30,-21,-15
5ractical|,-20,-17
6e|,29
7paration|11
7sentation|,,-15
8sure|-11
7vious|16,13
6ice|,15
8ing|-11
6oblem|,,-14
Bs|,17,-14
7duction|-18
7file|,29
7gram|,,-13
Bme|,,-13
7jects|-11,18
5ublic|,,-18
9shed|22
4quantity|-13
6estions|17,,-23
6ick|,,-16
7et|,,34
4range|16,-19
6te|,15
5eading|,,-15
8me|31
7l|18
7sons|31
6brand|,11
6ception|,15
Dist|11
7onciliation|-11,-12
8rd|18,,-15
Aed|33,-12
7ruiter|22,-14
Bing|16
6financing|-18
6gion|,26,-13
Aal|,,-12
8stered|,-12,18
6jection|41,-17,-13
6lationship|11
7iability|,15
7ocation|-11
6no|,15
6opening|,15
6porting|,,-15
6quirements|24
6sponse|,29
7t|,13
8ructure|-13
7ult|,-20
As|,29
6turns|,15
6venue|,,11
7iew|,15
5iver|-13
5oadmap|31
6llout|-11,-12
6oftop|11
7m|13
6stering|,29
6ta|,,-17
8tion|-11
Cal|,15
6ute|-13
5unning|-11,-16
4safety|,12,-13
6ke|,32
6lary|21
6turday|,,11
5cale|,29
6enario|,,-13
6ience|,,-14
6ore|20
8ing|20,-14,-11
6reen|11
Aing|11,-16,-11
5earch|,-18,-13
7t|15,,11
6curity|16
6lection|13,-21
6nior|,11
7se|24,-16,-11
5hared|,15
8pest|,13
6op|,11
7rt|-11,,-18
9list|19
5ilence|11,-21,51
6ze|,29
5low|,34
5ocial|16
6il|-14,-16
6le|,15
6oner|,,34
6rt|,22,-11
5pirit|11
6lit|,-12
6readsheet|11,-16
5tandard|13,13,-15
7rt|13,-11
7te|-17,17
8us|,,11
6ory|,13
6rategy|-17,26
7ength|33,,22
7ongest|,30
6udent|-14,,-11
Bs|,,-18
5uccessful|22,-19
6pplier|-13
6rgery|-11,-12,14
6stainability|-13,-14
5witchboard|-13,,20
5ystems|-17,17,-13
4table|15
6lk|16
6sk|,15
7ting|-20,11,-17
6x|-14
5ea|-17
7ching|,-23
7m's|-15,,-11
8s|11
6chnical|,,-11
6rminal|,15
6st|,-25
8s|,15
5hing|-11,29
7rd|17
6ought|,15
6ree|17
5icketing|,15
6mber|,15
7eline|-13
8r|20,-12
5op|,16
5rack|14,-16,-13
7in|,,-11
9ee|,-12
7vel|,,-17
6easury|-11
6ibunal|-11
6ust|,,-17
7th|,15
5urnaround|-13,,11
5welve|11
7nty|24
6o|,-12
5yping|31
4university|-19
5pdate|19
5sual|,14
5x|-16
4verbal|,,20
7y|-14,23,-14
5ideo|,-11,-17
6sit|,,-22
5olunteer|,-23
Ds|-11
4wait|,,14
8ing|,,21
6rd|,-11
7m|-20
8th|31
5eakness|,15
6dding|,29
6ek|,,16
8's|-11,,14
8end|,,19
6ld|,15
6stern|,15
5hole|,11,-22
5inter|,,-14
5orking|,,-14
7st|,15
5ritten|,-27
6ong|22
4yarn|,,34
5ear|,12,-29
8s|,15
5oungest|,29
7th|,,-16
3atre|-16,,-11
7 nurse|,15
3ir deadline|-14
6first|,,-17
6minds|35
6own|-16,16,-15
6questions|-17,,-14
6side|16
6team|,29
6whole|16
5s|-18,,34
3m about|31
6gain|22,-14
6nd|,15
5before|,,14
5for|,,-13
5have|,29
5i'll|,,20
6n|-14
5next|,-12
5on|-14,-12
5waiting|,,38
6ill|,32
4selves|,11,-15
A and|,15
3n|,-12
4 i|,-12,13
6'd|-22,-12
7ll|-17,-19,31
7ve|,-16
6t|-13,-14
3re a|-13
7nd|,13
8ything|-22,-20
6for|33
6has|16
6isn't|,29
6so|,15
6to|20,-12
6was|,-25,-19
7e|31
8re|20,-12
7hich|11
7ill|,,-13
5's any|-19
Bthing|-13,,-27
8news|-13,-14,22
9o|-14,-21
5fore|,-12,11
3sis|-14,,-14
3y are|,,-14
5can|13,19
8't|,15
5didn't|,15
6o|11
5had|,23,-11
7ve|-30
5made|,-12
5said|11,18
7y|,15
6ee|,29
6how|,29
5usually|,29
5were|17,11
4'd|,24,-14
6 had|,29
7never|,29
7seen|,32
5ll|,15,-11
7 tell|,29
5re|,16,-18
5ve|-32,,-27
7 asked|-26,-11,-23
8ever|,34
8had|,32
8run|,29
2ing feel|16
6i|,,-26
7'd|16
7n|-11
6to|15
6your|16
5s along|-13,-14,29
7down|-13
7get|,,34
8o|-14
7happen|15
9ve|,-19,36
7open|,,34
7simple|,,34
8tand|,,12
7take|,21,25
8hat|,-12
8o|31,-14,14
7up|-19,,25
4k|,12
5 a|22,,16
7bout|-14,14,-11
6highly|16
6i|,11,-16
7'd|,21,-16
8m|,37
7t|,13,-11
6my|,,-16
6says|,34
6that|-12,14
A's|,-12
8e|12
9y|,18
8is|,,-14
6we|,22
6you|15,16
9'd|,29,-17
All|,42
Ave|26
9r|,38,-11
5ing about|-14
9it|,-14
9since|,,20
9to|,29
3rd|,,14
5 email|-11,-12,36
6interview|33
6note|,,36
6of|,29
6quarter|,15
6time|19,-16,27
4ty minutes|20
7one|,,20
7seconds|,,14
7years|,29
3s as|-11,,14
6utumn|-13
5back|,,34
6efore|31
6ut|20,18,14
5can|20
6ity|,29
5drag|,,34
5evening|,,20
6xperience|-11,-12
5field|,29
7nds|,,11
6or|,,34
6riday|-19,-21,27
5industry|,29
7terview|31
6s|,,18
5job|-16
5kind|-13,26
5level|14
6ong|,,44
5matter|,,36
6essage|,15
5not|,15
5one|,,14
7ly|,,-16
5point|,,24
7st|,34
6rocess|19,,11
6uts|,,34
5quarter|,21
5reached|16
7gion|,32
7sult|31
6ound|,15
5short|,15
6ize|,24
6o|,,17
6pring|,,-15
5time|,-12
6o|,,21
6urns|,,20
5very|,29
5was|11
6eek|,,19
6hole|16,,20
2orough|11
8ly|,15
3se of|31
3ugh|13
6 i|14
8'd|,14
9ll|20
9m|18,15
8n|,15
8t|20,-12,-11
7not|31
7that|37,-17
9e|11
6t a|,,21
9bout|,,-15
9n|,,38
8i|-25,-14
9'd|-15
Ave|,-14
9t|-17
8more|-11
8that|,15
Ae|11
9o|16
8you|,,-19
B'd|,21
7ful|-11,,-14
A questions|-13
7s|,-12
8 on|,-12
4sand|-13,17
2ree and|,,14
6companies|,,20
8untries|11
6days|,,14
7id|31
8fferent|,-14
6engineers|,15
6hour|31
6interviews|35,-21
6months|-18
6of|,16
8fers|,32
7ther|-11,23
6panel|31
7eople|33
6rounds|23
6separate|31
6times|26
6weeks|,-16,14
6year|20
As|,,-28
4w|31
3illed|-11
8 to|-11
3ough a|,,-15
9nd|,-12,20
8for|-13,,34
8how|,,-14
8in|,-14,11
8my|13
8so|,,34
8them|11
9o|,,12
9wo|11,14
8your|16
7out|,-18,-15
A the|-17,-16,-11
4wn|35
2ursday <n>|-17,-19,-14
9afternoon|-11,,14
At|-13,-14,29
9for|-17
9so|,,42
8's|,,-13
A conversation|-11
Binterview|,-12,-19
1ick|16
4ed|31
5t in|,15
6s|,-11,-16
4ing|33,,11
7 exercise|33
2er|,,14
4 <n>|,,20
2ght|-13,,11
2ll|,21
2mber|,15
3e after|-14,,-14
5even|-11,-12,23
8ryone|,15
5for|19,-20
6rom|-14,-16
5i|,-13,18
6s|-17
6t|24,-12
5limit|-11
6ucky|,,34
5of|11
6r|16
6ver|,12,-11
5please|,,36
5round|,18
6unning|,-12
5sensitive|,,20
5that|15,,-13
7e|19,-12
7roughout|,-14
6oday|-16
5when|16
5yesterday|,,-14
6ou|,,-13
8r|24,,-14
4d|33,-12
4line|-19
8 and|,,23
9before|-11
9can't|-11,-12
9for|-20,,-18
9i|-14,-16,-14
A'd|-17,,-13
9you|,,14
8s|-11
4r|20,-12
4s and|15
7t|16,29
6i|,15
6now|31
6this|,,18
4table|,,-15
3ing|-19
6 and|,15
7i'd|-11
8s|-11
7would|-13,-14,-13
2p|16
3ped|,-14
3s|-11
2tle|,11,-13
5s|,18
1o <n>|-14,-12,-32
3about|,-12
4dd|-25,,-22
5just|,15
5mit|,18
4n|16,-22,-17
5yone|20
6thing|,,20
4pply|,-24,-35
4rjun|,15
5range|-14,-16
6ive|,,20
4ssess|31
3being|-11,38
5lieve|46,-12,-11
4low|-19,43,-16
4oast|,34
5ther|,-12
4rag|-11,35
5ing|-17,11,-14
4uild|,,-20
3cancel|16
6didates|35,,11
5tch|20,,23
4hange|,,-16
6se|,,20
4larify|,-16
5ose|,,17
4ompare|,18
7lete|,-16,-14
5nclude|15
6sider|,,14
6tact|-14
7inue|,,-17
7ribute|,-12,-24
5rrect|-13
5unt|20,-12
5ver|,,-11
3date|,-19
5y|,,-14
4ecide|-18
5scribe|15
4r|,15
5aw|31
3either|-11,,23
4mail|,-19
4nd|11,,-11
5quire|,15
4very|21
4xpect|14
6lain|,,-24
6ress|,-12
3feel|28,-12,-18
4ill|,,11
5nd|,18,-13
6ish|,,-13
5t|,-12
5ve|-11,-12
5x|-11,,14
4lag|14,-17
5y|11
4ortnightly|,-12
7y|,15
3give|-11
4row|,,-13
3happen|,32
5s|,34
4earing|,,-19
5lp|-13
4ire|,35
5s|31
4old|,,17
5me|-19,,-16
5w|11,-12
4urry|-13
3improve|-20,-23,-17
4nform|-11
5terview|,,-14
4t|,,11
3join|-14
7ing|-16
5ke|,29
4udge|27,-16,-11
5st|,,20
3kindly|-12
3land|,21
4ead|,15
6rn|,,-15
6ve|,,23
5eds|11,-12,11
5t|-11
4ong|16
5ok|17,-12
5se|,-14,32
3match|,17,18
4eeting|16
5ntion|,,-16
4iss|-13,,20
4s|,12
4y|,,13
3name|,15
4otice|16
3on|16
5e|,-12
5ly|,32
4ther|11,-12
4ur|11
5tside|31
3pay|16
4eople|33
5rth|,,14
4ick|16
6ture|-13,-14
4lan|,-26,34
4op|,13
4repare|,-17
6sent|-13
5ioritise|,,34
5ogress|31
6mote|11
6vide|-22
8ng|,34
3rate|35
4each|-16,-27
6d|14,-15
6ffirm|-13
6rrange|16
5ceive|,-19,16
9ing|,,14
6onnect|11,-12
8sider|20
5gret|31
5iterate|-11
5locate|-16
5member|,,20
5place|,34
7y|,-28
5spond|-18
6t|20
5turn|11
4ing|11
4ush|-19,-23,-18
3satisfy|31
5ve|-13,,23
4eeing|20
5nd|-12,,-11
5t|,29
4hare|,,-22
4ign|,,22
5ncerely|,29
5t|,,11
5x|,15
4ketch|,15
4nap|,32
4omeone|19,-27
5rt|,15
5und|,26
4pam|,,36
5eed|-14
6nd|-12
4quare|40,-16,-14
4tand|,15
6rt|-16
5ep|-11,15
5op|16
5rengthen|-11
4upport|,,-17
3teach|-18,,-17
4hank|,,-20
6t|-11
5ink|,11
6rty|,,14
5ree|,,-11
4om|,29
5uch|-13,13
4rain|-14
5eat|,,34
5ip|31
5ouble|-13,,20
5y|-11,-12,-16
3understand|17,,-12
4pdate|-14
3visit|,-17,-13
3wait|-23,-14
5lk|,,-23
4eigh|,29
4hichever|,29
5oever|,-12
4in|,32
5thdraw|,,-34
4rap|-11,,20
5ite|,14
3your|-11
2day|-13,,14
5 and|,12
7s|,,34
6for|-13
6i|-11
7f|,,34
7tself|,,42
6or|,,34
6the|,,20
2gether a|,15
And|,,-11
At|31
9in|,18,-11
9on|-13,12
9with|-11
2ld|14
4 at|15,-14,14
5by|16
5i|24,,16
6'm|15,35
6s|,32
6t|35,-14
5me|14
6y|,,22
5that|31
7e|20,13
8m|-13,-16,19
6o|15,,11
5you|18
2masz|,15,34
3orrow|-29,-30,60
8 at|,,36
9evening|,,34
9i'll|,,38
9morning|,,34
2night|,,34
2o confident|,15
4early|-11,-12
4for|-14,-12
4long|-11,-12,20
4much|14,-22,16
4senior|16
5o|,,36
3k a|19,-11
6n|,,23
5five|31
5over|-19,,-18
5that|,,20
7e|,11,-15
6wo|,-14,12
5unpaid|31
3l|,,-15
4s|,,-14
5 and|-11
2p|,19
3 of|,23
4within|,29
3ped|-13,37
6 the|,34
2uch as|,15
6base|-11
6for|22
6in|-11,,-11
6should|,18
6with|,-12
5ing|-16,,12
8 base|-14,,14
3gh and|-11
6one|,-12
3r and|,,11
5i|,29
4ing|,-12
2wards|,-20
3ers|,29
3n on|,,34
1rack|,12
5 record|-13,42
5ing|-14
3in home|-14
5ed|-13,17
7 half|,29
8in|,,20
6e post|-13,,18
8role|,-12
6r|11
5ing as|,-12
9centre|11
9manual|,29
5s|,,20
6 and|,,20
3nscript|16
5fer to|,,20
6ormation|,18
5ition|-11
5lation|11,,-14
8or|15,-16,14
A role|16
5parency|,,-15
C i|,,-11
At|-18
B that|-11
6ort planner|-13,-14
3uma|11,15
3vel|,,-20
6 involved|-11
7to|31
6led|29,-20,11
9 down|,,20
Afrom|31
7ing|,-16,-16
2easury|-13
4t|,,22
5 my|,,36
6this|,,14
5ed|26,,34
7 as|16
5ment|,-12
5s|33,,20
6 applicants|,,20
2ial on|-14,15,-11
5s coordinator|11
3bunal|-14,15
3cks|,21
3ed|-18,,16
5 to|-11
6your|,,23
3p|13,-17,-17
4 people|31
2ouble|,,11
7 you|,-14,17
2ucks|-11
3ly|,13
3mpet|-20,44,-17
7 but|-19,43,-16
3st the|,14,18
8is|,,14
6you|,,14
9'll|,,34
5ees|,,-13
5ing|,,38
5s|-11,15
3th|,12
5 is|,29
2y again|,-14,18
4not|24
4something|-14,-19,-11
4the|,-12
5o|-16,24,-11
1uas|,15
2esday i|,,20
9'm|,15
8morning|,,20
8to|,-22
7's assessment|,15
2rbine|15
3n|,16
4around|,13
A at|,29
4ed|,,18
6 around|,32
7down|,,28
7out|24
7round|,29
7the|,18
4ing|,,11
7 it|,,20
8over|-11
4s|,,11
1welve months|-11,18
7years|,,-18
3nty|14
6 five|20
7hours|20
7minute|37
Ds|30,-14
7percent|,29
7two|,34
7years|,18
2ice|18
5 already|,,25
7nd|19
6during|24,-16,-11
6in|17
6last|,15
6so|16
6the|,32
7o|,,14
6which|31
7ithout|31
6yesterday|,,34
2o and|,,11
5pproaches|,29
4cancelled|31
5olleagues|,-14
4emails|14,-16,29
5venings|31
5xamples|-11
4hours|18,,-13
4in|11
6ternships|,29
9views|13,-15
4line|40,-16
4months|,,16
6re|-11,18
4of|13,,-15
6fers|11,32,20
5r|-16,,12
5ther|-22,,33
4people|16
5revious|,,14
4quarters|,17
6estions|31
4references|,-12
5oles|,29
6unds|,,20
4similar|-11,-12
4things|-14,-16,-11
5imes|,,14
4years|,,-16
1yping|35,15
0uk|,,-14
2rainian|16
1nanswered|,,36
A i|,,34
2changed|-11
3le|,18
5 who|,29
5's|-11,23
2der <n>|,-12
6a|,15,14
6budget|-11,39
6forty|,15
6review|35,,34
6the|,,-11
8ree|,,20
5graduate|-11
7ound|,-16
5sold|-11
6tand and|-17,-16,-14
Bhow|19
Bi|,,38
Cf|,-13
Ct|,-16
Bmy|,,34
Bthat|,-26,17
Dere|,-12
Bwhat|13
Dere|16
Dy|24,-16
Byou|,,-21
Aable|,-12
Aing|,-14,11
7ood|,,-20
2fair|31
6 to|33
3ortunately|11,-12,-11
2heard|,32
7 of|,32
2ion|-11
3t manager|,13
5supports|-11
4s|-13,12
3versities|,29
2less|,,23
6 i|-18,-20,30
7you|,,25
3ike|31,15,20
2paid|22,-22,19
6 day|11,-12,20
7leave|20,,34
3rofessional|42
2successful|33,-12
4re|20,-12
2til|-12
5 <n>|-24,-14
6a|,,34
6friday|,,23
6i|-11,-14,30
6monday|,,20
6the|-21
9re's|,,36
2usual|-14,26,-11
7 at|,29
7ly|,15
1p about|-11,-12,23
4fter|11
4gain|,,18
4nd|,,11
5y|,-12
4t|-18,,13
3but|16
4y|-13,21
3doing|,29
3email|16
3from|17,,-11
3his|31
3i'd|,,-16
3more|,-14
4y|,,11
3next|-11,-12,-11
3once|,-20
3quickly|,-16
3rather|37
4egarding|-13,,27
3since|,18
3that|-11
5e|,,-12
6ir|33
4wice|24,-12
3well|,15
4ith|,,-19
3your|,,14
2date and|21
8t|,-12,40
7before|,,-14
7from|-17,,12
7i|,-21
8've|-14,,14
8n|,,14
7me|,,42
7regarding|,-12
7since|-19
7this|16
9ough|33
7when|,,-13
8ould|,-14,20
7you|,-14
A're|-14,-16,-14
6d|,,-11
7 timeline|-14,-16,-14
6s|-11,-12,-11
5ing|16
2front|,-13
2loaded|22,-14
8 my|16
1rban|-14,,-11
2gency|16
5t|-11,-12,29
6 i|,,36
6ly|,,44
1s|11
2 a|,-12
4nd|20,,14
3both|20,-15
3the|,18
4o|-16,,25
3who|16
2ability|,-12
2e|,,-16
3 it|,-16
4the|-13
3d|,,-32
4 in|,-12
5the|,,-11
6o|,21,-23
3ful|,,-22
6 as|,-12
7for|-17,,-25
7i|-11,,-11
7to|,,-15
7while|,15
3r researcher|,-14,11
4s|,,-14
3s|,,-11
2ually|,21
7 means|16
8see|,29
8the|-11,32
1trecht|,15
7 and|,15
1x researcher|-16
0vacancies|,,-26
9 at|,,-11
Ain|20,-12
6y at|,-16
8i|,,14
9'm|16
2lid|-16,-20,-14
5 until|-14,-19,-13
3ley|-16
3uable|-13
4e a|-11
7ny|-18,-20,-17
6the|,-12
5d hearing|-16
7the|,12,-13
5s|14,11
1erbal|-16,-17,12
6 offer|-16,-17,12
3ification|,,-11
3sion|,,-11
7 in|-11
9s|16
3y close|17,-16,-11
6oncrete|-11,-12,14
5eager|-14,15
6njoyable|-11
7thusiastic|-15
5few|-13,37
6irst|,32
6ond|16
5glad|-14,,-13
6ood|,11,-15
6rateful|-22
5happy|-19,,-16
7rd|21,-12,22
6elpful|-19,,-16
5interesting|,,-17
5keen|-11
5little|17,,-11
5nervous|,29
5patient|-11,-12,23
6leased|-17,,-14
5quickly|-11
5soon|,,36
6trong|16
5taken|,15
6hankful|-13
5welcome|-16
8l|11
2terinary nurse|,,20
1ideo|,-14,-15
5 call|,-17,-13
6link|11
2ew|12
4 by|,,20
5of|16,,-14
2sa|,-27
4 runs|,,14
3it|,,-12
5 and|,,-15
6in|,-16,-11
6to|,,-18
5ing|-14,,-14
5or|-13
5s|,-11
1oicemail|-16,-17,34
9 on|-11,-12,23
2lume you|,-12
4nteer|,-14
9 coordinator|-11
Arota|,-12
9ing|11,-16
C at|,-12
9s|-17,,-14
2ted|,29
1p|-16,17
0wait|,,14
4 for|-11
5i|,-12
6n|31,,20
7definitely|,,34
5long|,,34
5past|,,34
5to|,,-16
5until|-14,,-11
4ed|15,,23
6 a|,,20
4ing|,-12,30
7 as|,,36
8for|,,26
8has|,,34
8indefinitely|,,36
9s|,,38
8on|-16,,19
8room|11
8since|,-14,44
9o|-11,-12,40
8times|,-12
9o|,-14,32
8without|,,34
2lk|,,-15
4 around|20,-12
5in|,15
5me|,,-13
5the|,13
5you|,,-13
4ed|21
6 in|27,-19,-14
7out|16,29
4through|11
2nt me|,,33
6y|-13,-14,11
5this|-12
4ed|-13
6 to|-16
7you|-28,,-23
4ing|,11
4s|,12
5 to|,15
2rd and|-13,,11
5i|-11
6s|,-14
5manager|,15
4s|,,-15
3ehouse has|,-12
Alead|11
Aoperations|,18
Arole|16
Asystems|11
3mth|31
6 of|31
2s about|13,,-15
5ctually|18,-19,-13
5dvertised|31
5lready|35,-14
6ways|26,,-14
5n|22
5s|15
6ked|31,,-14
5t|,15
4based|31
5eing|16
5rought|,,20
5uilt|16
6sy|-13,13
4called|11
5hosen|31
5ut|31
4difficult|33
5one|16
4encouraged|11,-16
5specially|,18
5ver|33,-12
5xactly|16
4fascinating|-16
5illed|31
6rst|31
5or|35
5rozen|31
4genuinely|,,-17
5iven|17,-19,-11
5lad|-11
5ood|,,-19
5rateful|-18,-17
6eat|-23,13
4handled|33
6ppy|,,-18
6rd|37,-16,-11
5elpful|-16,,-11
5oping|,-25
4i|19
5mpressed|-19,,-14
5n|14,,-20
6spiring|-11
6terviewing|15,15
4just|,21
4kind|-19,,-16
4led|35
5ooking|33
6vely|-22,21
4made|42,-16,-11
6rked|35
5eant|21
5ore|14,,-14
6stly|31
6ved|11
5y|-11,,-16
4named|-13,37
5ever|44,-19,-13
5o|11
6t|18
4offered|16
5n|13
6e|,-14
6ly|24,-12
5pen|31
5ver|,,20
8qualified|16
4pleased|-11
5retty|16
6obably|,32
7mised|31
4re|33
6ad|31
6cently|,34
6scheduled|11
4settled|33
5hortlisted|,15
5omething|-11
6rry|,,-15
5pent|33
6oken|31
5truck|,,-14
5urprised|47
4that|29
6e|,12,-28
7re|24
5old|19,-30,11
4under|15
6professional|33
6usually|,15
5seful|-13
4very|,,-14
4what|16
5orth|,,14
5ritten|11
4your|20,-12
3n't|13,-13
6 a|-13
7expecting|31
7possible|31
7sure|,-12,23
7to|-11,-12
3te|21,-14,20
5 of|41
5d|,21
2tch|22,,-11
5ing how|-14,,-11
2y and|,,16
4but|37
5y|,-12,36
4i|,,-24
5'd|-14,-12
5t|,,12
4of|21,-16
5r|-20,-23,49
4round|,15
4so|,,18
4thank|31
6ey|-11
5o|15
4which|,,14
5ithout|,,34
4you|-24
3s|19,,14
4 to|,13,20
1e are|20,,27
3both|14,29
3could|16
4ross|,,-16
3didn't|20,-12
5scussed|-11
3get|,15
4ot|,15
3had|,,-13
3last|,12
4earned|-11,-12
4ost|,-14
3meet|16
5t|-17
4ight|,,23
4oved|-16,,-13
3never|33
3reduced|,-14
3set|,-12
4peak|11
6nt|33
5oke|-13
4tarted|15,-14
3talked|-14
3used|-11,-16
3went|16
5re|16,-16
4ould|16
2'd|14
3ll be|,,17
3re|,,-15
3ve|,,14
2aker|-11,-12
4ness|-11,26
8 is|,32
8es|-13,12
2bsite|41,-20,-15
2dnesday|-11
9 about|,,-26
Bnd|-15
Bt|,,36
Aevening|,,20
Afor|-26
Ai'll|,,36
Ato|-14
9's|-14
2ek about|-17
6s|,,19
5because|,,36
5for|-17
5i'll|,,34
6t|,,36
7self|,,20
5one|,21
5since|,15
6o|-16
5that|,-16,11
7e|,,20
7ough|,15
5until|,,38
5which|-11,,-11
6ith|,15,-11
9out|,,25
6ould|,,25
4end|,,11
7 and|,-12
8i|,,20
8on|31
8to|,,20
7s|-17
4ly|-21,,-20
4s after|22
7go|-13
6notice|-12,,-21
8w|,,34
6of|,-20,16
7n|,,11
6since|,-32
7o|-20,-22,11
6to|,,12
2igh|,21,11
5ed|22,-12
5ing|,,11
5t|-16,-14,18
6 off|,,34
2lcome|,,-20
7 a|,,-18
9ny|11,-14,-18
9t|,,11
8hearing|15,,-22
8it|16
8the|,,-22
6ing|,,-11
3d|-11,13,11
4 test|,15
4er|11
6 position|,15
3l at|-25
5before|11,15
7low|17,15
5for|-17
5i|,-22,14
6'd|,32
7m|-14
6n|,,12
5now|,32
5of|31
6rganised|,-12,-18
5so|,-12,14
5that|16
6o|-11,-16
5with|21,,-12
4ington|,15
2nt|12
4 about|,32
6nother|,15
5back|31
5from|-20,,-17
5on|31,-20,-15
6ut|29,-17,-13
5smoothly|-13
5through|22
6o|19,-27
5well|,11
6ith|20
6rong|20,-12
2re|11
4 a|,,-15
5generous|-11
5interrupted|31
5looking|17
5not|22
5on|11
5the|11
5very|-11,23
4n't|33
2st|,11
4ern|,15
1hat a|,,-16
5basis|35
5changed|37,-12
5exactly|31
5he|22
5i|,,-15
6'd|,15,-11
7ll|,,34
7m|,23
7ve|-14,18,-13
6t|18
7's|12,,-22
5my|,24,-13
5that|20
7e|13,,-13
8y|21,17,-11
6o|13
5was|18,,-13
6ent|16
6ith|,,20
6orked|,-14
7uld|-16
5you|,,-11
8'd|,21
9re|,14,-14
4's|,,25
4ever|,-11
8 the|17
9your|31,,20
4sapp|,,42
8 in|,,34
2en convenient|-13,-14,-13
5deciding|,,34
5i'm|-11
6t|,,-15
5my|,-12
5something|16
5the|,,-11
8re|16
8y|-13,26,-11
6wo|,-14
5we|,-14
5you're|-11,18
4ever|-21,28,-20
8 suits|-13,21
9you|,,-11
3re it|15,-14
6my|,,-22
6they|31
8ings|,,13
7o|,21
6your|,15
5ver|-19,24
8 i|-16,39,-13
3ther|,-12
7 a|,-14,-18
9nyone|33,-12
Bthing|,,14
8i|,-16
9'd|,,-13
Am|,-23,24
Ave|-11,-12,36
9t|,,-14
8my|11
8something|,-12,14
8the|12,-21
Bre|-13,,-17
D's|-31
9o|16
8you|-17
Br|,,20
2ich came|,21
7overs|-11,-12,-11
6does|31
6feels|,,34
7rees|,15
6has|-16
6i'd|,-16
8ll|,13,12
8ve|15,,14
7sn't|16
6made|22,,12
8kes|11,,-11
8y|16
6of|15,,-11
7ne|15
6part|21,-14
7robably|,15
6says|11
7ounds|,-12
7uggests|33
8its|,15
6told|31
6version|31
6was|12,,-21
7ere|16
7ould|13,-19
5ever|-17,,13
9 way|,,34
3le and|-11,18
6i'm|-16,-17,-15
7t's|,15
6since|-14,-16,14
6the|,,-16
6waiting|-11,,27
3teboard exercise|,15
2o|,14
3 actually|-11,18
5lready|,-16,-11
4can|,18,-13
5learly|,29
5ould|,21
4had|16,14,-11
7n't|31
6s|,29,-27
6ve|,32,-15
4i|22
5s|20
4knows|-11,23
4never|22,,11
4ran|,29
4was|,19
5ent|33
5ill|,15
5ould|21
3'd|16
4s|16
3ever|16
7 has|11
8is|-11,-12,14
8joins|,-14
8owns|31
8takes|15
Alked|31
8you|,23
B've|,15
3le|,11
5 career|,29
6day|20
7epartment|-13,34
6floor|,29
6lagos|,29
6of|,32
6panel|,,-11
6saturday|31
6thing|24
7ime|20
3m i|11
3se|20,,-13
2y|14
3 i|16
5'm|15,,14
4my|19
1ide|,15
2fe|-13,,11
2ll accept|,,34
6dmit|11
6gree|,21
6nswer|,,25
6ppreciate|,13
6ssume|-11,-12,36
5bear|31
5check|,,12
6ome|11,35,14
5drop|,,25
5finally|,,34
8d|11,18
6orgive|31
5give|,,25
5have|-15,15,11
6elp|-17,,-11
5let|,,20
6ook|33
5make|-13,21
5need|,,14
6otice|,15
5say|,35,-11
6ee|-13,37
6oon|,15
6till|,15
5take|13
6ell|,27
5understand|,-22,23
5weigh|,,20
4ing|-13,-14
7 i'd|,-12
8to|-11,-11
2n|-11,23
3 the|,29
3d|11,-12
4ow|-18
3e|,15
3ter|,,-20
2reman|,-12
2sh|18,,-20
4 it|16
5the|31,-32,-29
8m|,15
5you|19,,-34
4es for|11,-12
7to|,,-14
4ing|,,-22
7 you|,,-20
2th all|16,16
6nd|11
7other|,-29
5confidence|,15
5dr|,12,-13
6ue|,18
5fifteen|,21
5good|,15
5harlow|31
6er|16
5in|-11,35
7terest|,,-13
6t|11,-23,-18
5less|15
6imited|-13,-14,-13
5more|-11
5never|,,34
6o|19,-16
7body|31
5our|,-16,-11
5real|,,-13
7ference|,,34
7spect|27
5so|,29
7me|,,-11
9one|,,16
5that|,14
7em|,-14,20
7is|,-20
7ree|,13
5what|,,-11
7ich|,15
5you|-11
8rs|,29
4draw as|,19
9because|-11
9from|,,-23
9me|-11
Ay|,-11
9the|33
9with|-11
8al|,,11
8ing because|11
Cmy|16,-12
8n|16
4in|,,11
6 <n>|,,38
7a|,13
7five|,,14
7my|-11,32
7ten|-11,-14,11
8he|,,14
9ree|11
8wo|-22,,12
4out a|,,24
9n|17
8hearing|31
8losing|,-12
8me|-11,35
8news|,,34
8someone|,15
8the|,18,14
1on|-21,27,-19
3't be|,,13
6find|,29
7orget|,,20
6have|,29
7old|16
6need|,13,20
6regret|,29
6take|,,34
7rouble|,,14
3der|36,-16
6 afterwards|31
7how|29
7if|20,-12
7whether|36,-13
6ed|-18
8 whether|-14
6ful two|-11
6ing|,,17
9 how|16
Awhether|22
Cy|,,20
2rd|17,,12
4 and|,-12,14
5for|31
5is|,,36
5of|37
4s from|,18
6in|,-12
3k and|,-13,-11
6t|-13,13,-13
5hard|,-16
5i|-12,-13
6'm|-13
6n|,,-12
6s|-11,18
5out|14
5samples|-11
6ince|,,34
5that|,-12
7ere|-13,-14,11
6ogether|,,-18
5was|,-14
5you|-15,,-12
4ed|,,-14
6 alongside|,21
7for|,15
7in|16
7on|-14,-19
8ut|,,11
7well|,15
8ith|-14,15,-22
4force|,29
4ing a|15
8days|-17,-20,16
8on|-15
8the|-11,,14
Arough|,-17
9ogether|,32
4load|-11
4s for|-11
6out|14
6with|-17
5hop on|-11,,14
8s|,15
3ried|,15
7 about|,15
6s|-14
7 at|-11
4y on|,29
3se|,15
4t|,15
3th|14
5 a|14
6i've|-13,21
7t|-16,,16
6knowing|31
6saying|11
6the|20,11,-15
2uld add|,15
7lso|,,-13
7pply|11,-12
9reciate|,-29,18
7sk|15,,20
7t|,,14
6benefit|16
7ring|-17,26,-14
6call|31
8rry|-11,-12
7heck|-13,-14
7ome|,-14,14
6do|14,,17
6enjoy|-13,-14
7xpect|-14
9lain|31
6feel|,13
7ind|,,-15
6gently|26
9uinely|18,-14
7o|16
6happily|11
8te|,,25
8ve|27
7ear|,-20,33
8lp|-15,-13
7old|,,14
8nestly|,,20
6it|-14,-14
6let|-11
7ove|-11
6make|-11,,11
7ean|-11,-23,31
7ost|-17,,-13
8ve|,,23
7uch|-11,-12
6need|-19
6only|17,,-11
6point|24
7refer|-16,-20
6rather|14,,14
7eally|-15,,13
6save|,18
8y|,15
7how|,18
7oon|,29
7till|14
7uit|-13,,-11
6take|-16,,12
7ell|,12
6value|-13,-14
7ery|-17
6want|,,-15
7elcome|,,-24
6you|-26,-11,-17
5n't be|,,-13
9have|,15
9need|,,20
1rap|-14,,11
4s|,29
2ite a|,29
7gain|16
5s|11
4ing about|,-32,24
9gain|-16,-20,36
8by|,,36
8for|16
8once|-11,-12
8regarding|,-19,20
8sample|-11,-16
8with|-18
4ten case|16
9ontract|,,20
8exercise|,-14
8feedback|16
9or|31
8offer|-17
8test|37
9o|16,,38
8with|-11
2ong|17
5 person|,,20
6way|35
3te in|-11
6that|,13
8e|16
7o|15
0yarn|,,34
1ear|,,-13
4 <n>|-13
5and|,,-16
6t|,15
5before|,15
5end|,,-13
5i|-24,,-22
6'd|,-16,-11
6f|11
6n|-13,37
6s|,18
5my|,-12
5old|33
5running|,29
5so|-22
5that|,,20
5which|,21
4's|,,-16
6 intake|-11
4s|,11,-18
5 ago|,,-11
7nd|,,-14
7s|-11,18
7t|,19,-22
6i|,,-15
7n|11,,-13
6out|,15
6running|,35,-21
6so|,,-16
6the|-13,13
6which|-13,37
2s|,-19,35
3 or|,-28,53
3terday i|-14
Arather|,-16,-11
2t and|-14,-12
4but|,15
4received|,,36
4so|,-12
4to|35,15
1ields|,13
1ou a|,,11
5bout|,-25,-18
5dvertise|,,34
Dd|31
5fter|,,18
5gain|-12
5lready|,18
6so|-13
5n|-14,,-11
5sked|-15,,-37
5t|,-17
4be|-22,-11,-17
6fore|-17,,14
6ing|,-14
5oth|-11
5ut|-14,,33
5y|-29,-30,55
4called|,,23
6n|,,14
5hose|16,12
5ome|,15,22
6nfirm|13,-22,14
6uld|,,21
4decide|-11,,11
5id|,,17
7n't|31
6rectly|16,-22
5o|,,12
6n't|,,16
4ever|-17,,-16
5xpect|,-22,-20
7lained|-13
4found|11
4get|,,25
5ive|-13,,18
4haven't|,,34
5ire|16,29
5oped|-19,,-16
6w|,29
4i|-13
5'll|16
6m|-11,35
6ve|-13,,11
5f|,-18
5n|-14,12
6formed|-14,-19,-14
5s|-14,,18
4just|,-12,14
4kept|,-12,-11
5indly|,13
5now|-11
4let|,-16,20
5isted|,15
5uck|33,-12
4made|-17,12,-15
6ke|,14
6y|11
5eet|,32
6ntioned|-16
6t|,18
5oved|20
5uch|31
6st|16,,38
5y|-14,,-13
4need|-15,,-13
8ed|,,-11
6xt|,,11
5ote|,,23
4off|,,20
5n|,,23
6ce|-11
5r|-14,-16
5utlined|,-12
4personally|31
5icked|,15
5lease|-20,-22,27
5roduct|-11,,14
7mised|,,23
5ut|11,-12,14
4requested|,-14
5un|,,-16
4saw|,24,11
6y|37
5ee|,32
6nd|,,23
7ior|,15
7t|,,-13
6t|,29
5hared|,12,-13
6ould|11,,-11
7wed|-15
5incerely|,-14
5o|,,13
6on|-12,11
5till|-13
5uccess|26,,-13
6ggested|,-14
4take|,,20
7ing|-14,,-11
5ell|,-22
8ing|-11
5he|,11
7y're|,32
6is|,-14,12
6ough|,21
5old|11,,13
6o|-16
7k|-20,,-19
4understand|,,31
5p|,-14
5sually|,15
4very|-18
4want|,,18
8ed|17
5ent|,15
5hat|-11,26
6en|,-17,-17
5ill|,11,13
6th|,23
5on't|,19,11
6rk|,-12
6uld|,,11
3'd|,12
5 be|-12,33
6had|,15
8ve|,15
6suggest|-11
4ll|,16,15
6 agree|,34
8ppreciate|11
7be|-13,15,18
7find|11,45,-13
7have|,23,23
7let|,,34
7meet|,29
7save|,15
8ee|-11,23
8truggle|,29
7think|,,11
7understand|,-17,42
4re|-12
6 able|-16,-18
7building|,19,-14
7doing|,-19
7not|-11,-14,22
7planning|,,14
7seeing|,32
8till|-13,15
7well|-14
4ve|,,13
6 been|,29
7chosen|,15,-11
7decided|,-17,43
7gone|-11,-12,24
9t|11
7had|-11,-12
7just|,,20
7lost|,,34
7made|26,,11
7seen|-11,23,20
3ng|-20,17
5er|41
6st|,29
3r advert|40
6gency|20,-12
B's|16
6nswer|,,27
6pplication|24,-16,-11
8roach|,-14
6ssistant|,,25
6ttention|16
5board|,12
6rand|16
7igade|,,-11
6usy|,,20
5call|16
7ndidate|33
7reers|,-21
6eo|31
6hance|,,34
7ennai|,15
7oice|16
6lients|11
8nic|16,15
6olleague|26,12,20
Es|,,-14
7mment|16,-14
8pany's|,,25
9etitors|16
7nsideration|-20
8venience|11,-12
7ordinator|20
7urt|,,36
6rews|,15
5data|,15
6ecision|,,16
7partment|,11
8loyment|,15
8uty|,15
7sk|-13,,29
6iary|-13
5earliest|,,42
6mail|16,-12,-12
6xpansion|-11,18
8lanation|-17,,-14
5feed|,,20
9back|,,11
6ile|-11,-12
7nal|,,42
6leet|,35
6rankness|-14
6uture|31
5graduate|,15
6uests|,17
5head|22,15
6onesty|-17,15,-11
7spital|,,11
Dity|,,20
7tel|,,20
6r|30,,20
5idea|,15
6nbox|-11,-14,28
7terview|20,,20
Eers|37
5job|26,29
5kindness|-18
5lab|-13
6eeds|,15
7tter|14,-17
6ist|-23,23
5mail|38,-17,-13
6essage|17,-15,-16
6ind|,,38
6obile|,,25
5new|,12
8s|-13
7xt|16
6ight|,15
6ote|35,-23,-18
5offer|11,-19,22
8ice|,-12,20
6wn|19,,-14
5panel|25
7rtners|,18
7tience|-11,-12,-20
6hone|15
6ile|11
6lanning|-26,-28,-15
8te|,29
9form|16
6oint|-25
7rtal|33
7sition|-13
8t|,15
6ractice|,-14,11
7oblem|16
8duct|,32
8jects|,15
5question|-30,,-17
Ds|,21
5radar|11,,14
6easons|31
7cords|-16,,-21
8ruiter|21
Es|41
Cment|22,-14,-13
7ply|11,,21
8utation|,,20
6ole|-18,-25,-17
5second|,,14
6hortlist|-17,42,-14
6ide|14,-14
7lence|,,36
7ze|-11,32
6ous|,29
6pam|,,34
6taff|16
7ory|,15
7udio|-13,,11
5team's|-13,,-13
6imeline|-28,-11
8ing|-16,,-18
5unit|-19,,-16
6sers|,-12
5warehouse|,15
6ebsite|38,-17,-13
6hole|,29
6ork|,,-14
9shop|-11
5year|-13,13
4s|,15
5 but|16
6is|-11
5elf|,,-11
7ves|11,38
3th|,,-19
0zero|-11,32
1one|,21
""")

BLAME = Reading(19.7, TABLE, 0)

BOASTING = Reading(12.3, TABLE, 1)

PRESSURE = Reading(13.3, TABLE, 2)
