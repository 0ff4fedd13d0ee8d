"""The readings of tone, learned from tests/corpus/ by scripts/train_readings.py: do not edit."""

from checker.rules._reading import Reading, WeightTable

TABLE = WeightTable("""\
0<n> april|,-15
5t|-14
5ugust|-22,-13
4b|,18
5ed|,20
4certificate|,-15
4day|-12
7s|-18,-21,18
4february|-23,-14
5ollowing|,,20
4hours|-17,,18
4july|-15,-18,-13
6ne|-11,-11
4k|,18
4m|-17,,-11
5arch|,-13
6y|-13
5illion|-12
6nutes|20,-13
4nd|-12
5ovember|-21,-23
4october|-17,-11
5f|,,-18
5n|,,-13
5ver|-17,-19,-14
4per|-14,-19,-11
7cent|-14,,-11
7son|,15
5hysiotherapist|,,20
5m|,,11
5ractitioner|,-13
4september|-27,-30
5t|-12
6aff|,,-11
6udents|-12
4teaching|-14,,14
5h|-14
5o|-16,-20,-15
4which|,15
4years|17
0a better|,,-18
3ig|18,-18,12
5ger|,18
4t|15
3oard|-14
4ok|,18
4ther|,,14
4x|28
3rief|-20
3usiness|17
5y|,,-11
2call|,-14,13
4ndidate|32,14,14
4se|15,,-15
3ertain|18,31
3hance|13
6ge|,-19,-14
5rtered|12
5t|20
3lassroom|,33
4eaner|,29
6r|,-11
7er|,-16,-14
4ient|17,,11
5nical|,-13
4ose|-19,-19
7r|15
3offee|,15
4incidence|31
4mpany|19,13
6eting|,15,12
9tor|,13,40
6liment|17
4nnection|,,34
5siderable|,15,20
Dy|,29
5tainer|17
6ract|,-13,14
Aor|20
5versation|16,-20,-18
4py|,-13,-21
4untdown|31
5rse|,-15
6tesy|,,23
3redit|12
3urrent|,-16
4t|,31
2date|,-15,38
4y's|28,,-11
3eadline|-24
4cade|-20,45,-16
5ision|,-13,11
4finite|,,34
4light|,18,-11
4partment|,22
3ifferent|,,-24
6icult|,-24
4nner|,18
4rector|,18
4sappointment|,-13
3rawing|,15
2face|,,14
4irly|,17,-13
4r|17
3ifty|31
4gure|17
4nal|15,-23
4rm|,,14
5st|,23,-13
3orm|23,-15
6ality|41
5tnight|,,14
6y|25,18
4ur|21,-16
6th|,13,14
3riend|17
8ly|31
3ull|11
6er|,15
4rther|-14,,-16
4ture|,-20,-15
2generous|,,14
5tle|,,18
5uine|21,-13
9ly|,15
3o|,15
3roup|12,-13
2habit|,31
4ndful|,31
3eads|-12
3igher|,15
4ring|17
3ospital|,-13
4tel|25,,-11
3uge|,15,23
2job|,,-15
4ke|,15
3unior|,-16
2kind|-12,15
2lab|,15
4ck|17
4rge|,,-13
3egend|,15
4vel|-12,20
3ine|,-26,16
4ve|31
3ook|12,,-16
2m|,,14
3ajor|,15
4n|34
4ster's|12,13
4tter|,15
3essage|,-19,19
3id|20
4llion|12
4stake|41
3odel|,31
4ment|-21
4nth|,,14
4re|,13,-18
5ning|17
3uch|,12,-18
4ltinational|,29
2national|,33
3ext|,-13
3ice|,26,-14
4nety|20
3o|,-16,24
4te|,-18,33
4vel|,15
3udge|,15
2one|,-26,11
2paid|,,11
4nel|34,,-18
4per|,-13
4rking|34
5t|,-16
6icular|14,-16
4tient|,29
3erfect|,29
5son|39,-13
8al|15,-15
3hone|14,-15
3ity|26,-13
3leasant|,29
3olicy|17
6te|36
4rtal|31
6folio|,,-11
4sition|-29,-12
8ve|,,14
3resentation|40,-19
4iority|,,23
4oblem|,,-16
5cess|15
5gramme|17
5ject|-17,,-14
5per|12
2quick|-14,,12
2rather|,,-11
3eady|,29
5lly|-21
5son|,,20
8able|,-13,14
4cent|12,-13
5ord|,26
4feree|,-13
8nce|,,-13
4gional|-12,17
4minder|,15,18
4ply|,-13,22
4quest|20
4sponse|,-16,22
5tful|-14,-16
3ing|-19,,36
3ole|,,-18
4om|,37,-13
4ugh|-19,-21
4w|-12,37
2safe|,29
4les|23
4mple|,15
4turday|15
3chool|,,12
4ore|31
3enior|,11
5se|-15,,-17
5tence|12,-13
4rious|17
3hame|19
5red|-14,-21,-11
4ift|,,11
4ort|,-11
7list|31
4utdown|,29
3ign|,-15,25
4milar|-25,-13
5ple|,,16
4ngle|,14
4te|14
3lightly|,15
3mall|-13,,-13
3preadsheet|,15
3tandard|14,,-15
4ep|-15,43,-13
4raight|15,-18,18
6nge|37
5etch|,15
5ong|,-13,-13
8er|,-13
3uitable|,,-15
4mmer|,15
4pervisor|,,20
4rprise|18,-19,-13
3ystem|17
2take|32,,-16
4rget|,18
3echnical|31
4mplate|20
Ad|31
4n|,-13
4st|16,,-11
4xt|,,34
3hing|,,20
4ree|12,-16,-11
3ill|17
3rade|,15
5nsfer|,,20
4eat|,,14
3welve|31
5nty|34
4o|31
2university|17
3seful|,,-14
2verbal|,-13
3ideo|-12,-15
4ew|23,-15,12
3oicemail|-15,-18,46
2warehouse|17
4ste|32
4y|,,-11
3eekend|28,,-14
4lder|31
5l|13,,-17
3hile|-13
4ole|,,-11
3ord|16,,18
2yes|,-21,46
1berdeen|17
2ility|12
2le|,-21
4 to|,-21
2out <n>|,-29
6an|20
8d|-12,11
8y|23,-15
9thing|15,-15
7s|,31
6cloud|,29
7ulture|31
6eight|,-15
6five|-12,-15
7our|-15,,-13
7uture|17,,-30
6his|12
7ow|,,-16
6joining|-11
6last|-14,15,-11
7ogistics|,29
6me|12,15
7oving|,,-14
7y|,,-12
6on|-12
8e|,-15
7ther|23,-25,-20
6six|-12,-15
7upporting|,-13
6taking|17
7en|,20,-15
7hat|,,-11
8em|12
8is|,16
8ree|-18,-18
7iming|,-13,20
7wenty|20
6weaknesses|,13
7hat|,,-13
8ether|23
8y|,,-11
7orking|,-15
3ve|,23
5 the|15,35
6what|,22
2solutely|12,,-14
A fine|,,-13
3urd|17
1ccent|20
6 came|12
4pt|,-16
6 it|,-24
7my|,-13
7something|,,20
7that|18,-13
9e|16,-17
Airs|-18,-20,46
9is|12
6ance|,,-13
6ed|,,-18
8 a|,,-29
Another|-20,,-15
9it|,-15
9the|17
6ing|,,36
4ss|-15,,-15
6ibility|-15,,-13
3ommodation|,18
4rdingly|,-25,28
4unt director|,11,14
8i|-12
8manager|-22,,-19
8of|,,-17
8that|,15
8when|31
7ant interview|,15
Brole|,-12
7s assistant|,-15,20
9executive|,15
9officer|,-13
3reditation|,15
3urate|,,-13
2quisition|-14,15,-11
2ross|,,-11
6 both|,15
7my|17
7three|,,-15
8wo|,-15
2t|,-16
3ing|29,,-18
6 in|20
7manager|34
4on|-12
3ual|37
6ly|13,,-11
8 done|,31
9involved|31
9opened|20
9run|,31
5rial|,,14
1d|20
2d|,,-28
3 a|,,-11
4one|-12
4that|,11,-15
5o|,,-11
3ed|,,-14
3ing|,15
4tional|-12,-18
3ress|11
7ed|20,-15
9 to|34,-13
2eyemi|18,,-11
2min|12,,11
5istrative|,,12
E officer|,-15,18
Bor|,,12
4re|18,-19,-11
6 the|20,-13
6r|15,-15
7 of|15,-15
4t|13
5 i|12,,-11
7've|,18
7t|19,,-14
6the|24,-21,-13
5ted|17,15
2opted|,29
2vance|12,,14
7 for|,,20
3ert|31,-23,-11
6 and|31
8sked|36
7is|,,20
7never|31
7said|31
7was|20
8e|31
6ise|,,23
9d|18,-12,-22
A again|15,-15
Bexternally|31
Bthis|31
9ment|31,,-13
8ing|23
3ice|,,-13
6 on|12,15
4se|,18,34
6 on|17,29
6r post|17
8role|,-13
5or|,-19
7 role|,-15
1e|,15
1fford|,13,14
6 to|,13,14
2raid|,,18
6 i|-12,,18
8'll|,15
2ter <n>|,,-11
6a|15,-17,-12
7n|17
6careful|,-13
6eight|,18
6four|18,-20
6how|,29
6i|11,,-20
7'd|31
7t|,,14
6last|12
6meeting|,-18,-13
7y|,,-15
6one|,18
7ur|,,11
6running|,18
6seeing|,18
7ix|,29,20
7ome|17
7uch|,,20
6that|-23
8inking|,-15
9s|12,,36
8ree|30,-11
7uesday|17
7welve|,-16,-11
8o|27
6which|,,12
6your|17
5noon for|,-16
Amr|17
Aso|,-13,23
Ato|,,17
Awas|17
9s|12,-13
5wards whether|17
1gain about|-17,-22,25
7nd|,,-15
7s|25,-13
7t|,,17
6because|17,,34
8fore|,,20
8low|,,34
6i|,15
7'm|,18
7n|,-20,-13
6next|,,-11
6on|,-18,18
6soon|-17,19
6that|-14,15,-11
8is|,,14
7o|,16,-18
6when|,-26,-21
6you|,29
5st|17
7 a|,15
9nyone|12,15
8me|29,-23
8the|12
8you|31
2e|14,11,-13
3 of|,29
3ncies|-15,24
5y and|,-13
7experience|31,-15
7for|,,34
7shifts|,,20
7that|,,20
8old|34
7work|,,20
6's|12
4t|-14
5s|,-13
2o and|-21
4i'm|31
2ree on|17
6that|,18
8e|,15
6with|12
5d to|,,-18
3onomist role|,-13
1head|-20,11
5 and|,-13,23
6of|-24,26,-20
6with|,,20
1id|-17,,-14
3 certificate|,-13
3an's|-14,,14
2m to|,,20
2r|-12,,12
3craft|,-15,11
1l noor|,13
2arm|-12
2dergrove|,15
2l along|36
5nd|-18,14
4but|,,20
4came|,18
6ndidates|,,34
4day|,,23
5ue|36
4even|,,34
4four|-12
4i|,-15,11
5s|-12
4my|-15,12
4of|,13
4possible|-17,-19,27
4right|-15,,-13
4so|,-13
4that|,,14
6e|13
4week|,-13,23
5hich|17
5ould|,,36
4year|,22
5our|,-16,-11
3's|-15
5 well|-15
3ow me|,15
5ed|12,14,-11
7 to|20
2most|12
6 four|,,34
2one|,15
5 so|,33
4g the|,,-20
6with|-14,19
7ould|,,34
5side your|15,-15
2ready and|,,17
8been|18
8decided|31
9one|15,14,-11
8had|17
Ave|,15
8in|14,,-14
8knew|25
Aow|,17,-14
Cs|,-19,-14
8made|17,13
8on|12,,-11
8run|,29
8started|,,-13
8told|-14,,35
9urned|,15
2so appreciated|-16
6sked|12
5be|-20,,-17
5enjoyed|,-13
5glad|,,20
5in|,-13
5just|,15
5like|12
9d|,29
5messaged|,,34
5sent|,,38
5thank|,15
7e|,29
5wanted|,13,-16
2though after|,,14
9i'd|31
Bm|-18,,-17
2ways|,14,-29
6 been|,22
7going|25,,-11
7said|-12,37
1m asking|,-15,11
4vailable|-14,-16,-16
3certain|,18
4hecking|,18
4omfortable|-12,-15
5nfident|-23,27,-20
3disappointed|-16,-13,-13
3following|,,15
4ulfilling|31
3grateful|,,-18
3happy|,,-26
3in|,-15,18
3just|,,20
3keen|-20
3looking|,15
3not|21,-17
5w|-17,,-14
3one|,20
3quite|,15
3sad|,-18,-13
4orry|-14,,-11
4ure|,12
3thankful|-12,-15
5e|-26,48
3very|-27
3waiting|,,38
4ithdrawing|17
2bitious|,17
2erica|,18
2ong the|,11,-17
9m|,-13
3unt|16
6 of|25
1n admirer|31
4fternoon|,11,-17
4nswer|,,15
4pplicant|18
4sset|12,31
6istant|17
4utomated|31
3earlier|,-16
4mail|,-22,19
5ployer|25
6ty|17
4xample|,15
5planation|23,-16
3honest|15
5ur|19,,-18
3interesting|14
8nal|21,-25,-20
8viewer|34
3odd|34
4pening|,,20
5portunity|,15
4rganisation|20,,11
3unpaid|,,25
4pdated|-15,-18,-15
2a|12
3lysis|-20,,-17
6t interview|,,12
8opening|12,-13
8post|12,-16
9rogram|,15,-11
Fme|17
8she|,31
7s|,17,-13
5tical|,18
2d a|11
5bout|-24
5ccept|-20,-22,47
5fter|,,12
5gain|,,21
5lso|,37
5n|15
6other|,,36
5pologies|12
5s|,15
6k|,18,-11
7ed|,-18
5t|15
4both|,20
5y|,15
4came|,,-15
6nnot|,,34
5onsideration|-27,,-24
7tributing|,-13,14
5ut|,,-11
4dana|17
6ta|12
5id|,,11
7n't|,-16,-11
5o|12,,-11
5r|,,-13
6ove|14,-18,19
4each|15
5ven|,,14
7ry|,,19
9one|,-13
5xcited|,15
6pect|,,20
4for|,,-13
6ur|,13
5rankly|13,,18
6iday|,,34
6om|17
4give|,,20
5ood|16
6t|17
4had|36
6ppy|-18
6s|,15
6ve|-18
8n't|,-16,40
5e|,32,-15
6ar|,,-11
6lp|-12,33
5onestly|,,12
4i've|-15
5s|-12,-15
5ts|,15
4keen|,-13
5ind|-19
4last|,15
5earn|,29
9ed|-19,-12,-17
6d|,29
6ft|,,22
6t|-21
5ook|-17,,-22
6ved|,,20
4mark|,,20
6tched|,29
6y|,-18
7be|31
5eet|-12
8ing|,,-14
5ore|,17
6ve|,-13,36
5r|-17,,-16
6s|-14,,-11
5s|,,-13
4need|-15,-18,22
6ver|12,15
5o|,16
6body|28
6ne|17
6t|14
6w|17,,11
4only|23
5ur|-21
5ver|-12,-15
4partly|12
5erhaps|15
5icked|,29
5lan|,,34
5riya|,15,11
4quite|,,20
4ready|-12,13,11
7lly|,-15,14
6ceived|,15
6quest|12
6vert|,,36
5un|,15
4sam|17
6rah|,-13
6ved|12
6y|,,-11
5eeing|-20
6nt|,,23
6veral|12,15
5hare|,,11
6e|,15
5ince|,,19
5o|,-16
6rt|,31
5pent|31
5tart|,,14
6op|,,34
4ten|,29
5hanks|15,,-13
7t's|-21
6eir|-14,,-14
7n|20
7re|,31
7y've|-29,,-26
6ink|,-13
7s|-15,-18,17
6ought|,-16
6ree|,,11
5old|17,,11
6pped|,29
5ravelled|,,14
5wo|15
4under|,33
4want|,-13
6s|23,-13
5e|12,,-20
6dnesday|,,34
6re|31
5hen|15,,-15
7ther|,-19
5ish|17,,-26
6th|,20
8draw|-17,-19,43
5ondered|,15
4yours|,15
2gle|,15
2imal|-12
2nounced|20
8ment|12,-13
3ual|,,-18
6 leave|31
2other agency|-15,-18,17
9pplicant|20
8bank|17
8candidate|,,12
H's|31
9ompany|-21,-11
8employer|-14,-13,-11
8firm|,-11
8interview|,-16,14
8look|17
8offer|-12,-15,14
9pening|,-16,-11
9rganisation|-20,-24
8role|-15,,-14
8school|-15,-15,11
9hift|,15
9o|,29
9tudio|-12
8trust|,-18
8university|-15
8way|,,31
8year|-14
2swer a|,-13,34
8nd|,-18,22
9y|-20,,-15
8t|15
7before|,,29
8y|-21
7for|20
8rom|,,34
7i|12
8n|,,17
8s|-18,,20
7on|,,-14
7questions|17
7than|,-13,23
9is|,,38
9ough|17
7was|14,-15,-13
8ithin|-12,-15,22
8ould|,,20
6ed|13,,-27
8 every|20,14
9your|,18
6ing|17,,-18
9 all|,15
6s|12,,-17
7 on|,15
8short|31
9o|31
8to|23
2tibiotic|,15
2y case|,15
5omments|,-13
4decision|,-13
5ocuments|-17,,-14
4explanation|34
4feedback|-14,-37,-31
5urther|-18,,-35
4inconvenience|-17,,-14
6dication|-15,,-11
6formation|-12,-15
6terview|,-15
4longer|,,36
4more|,,-18
4news|-13
4other|,,-20
4part|12
5ointers|,-18,-13
4questions|,15
4real|34
6ply|,,34
4sense|,,-14
5mall|,-13
5uitable|,-13
4time|-23,,-22
3one|11,18,-13
6 could|31
7else|-12,37,-20
7has|17
7i|,31
8n|,17
7on|21
7through|17
8o|31,20
7who|18,35
8ith|,33
6's|20
3thing about|,-16
At|,,34
9by|-14,-16,40
9changes|,,-11
Aomes|,-14
9else|,,-11
9from|-17
Aurther|-36
9has|,,14
9i|,,-13
An|,,-16
9more|,,-13
9on|,-13
Apens|15
9similar|-20
Ao|,,36
Auitable|,,-15
9that|,-13,14
Ao|,15
9you|,,16
3way|20
6 i|42,-21,-16
7so|,,18
4here|20,-19
1part|,18
5 from|17
2ologies|,,13
9 for|,,11
7se|,,-15
9 for|-15
6y|12
2p|,,-16
3 and|,-16
3arently|,22
3eals|,-15
7 to|,-13
5red|20
6s|34,-13
3licant|20
9 and|,-13
Aportal|17
Awas|34
9s|18
A for|,29
Bit|,15
Bwhen|31
Cith|,,14
7tion and|,,17
Ds|,,-17
Cbeforehand|31
Cdid|17
Cfell|,-13
Dor|,,-18
Fm|,-15
Chas|,,23
Ci|18
Ds|,,20
Cstronger|-15,-15
Cthat|31
Do|18,-18
Cwas|25,-19,-14
Bs|,-29
C are|20
5ed|18,-13
7 and|12
8for|14,-15
8in|17
8to|18,-15
4y|,-24,-38
5 again|,-29,-35
6for|12,,-17
6to|,-13
5ing for|-14,15
3ointed|12,,-11
7ments|,,-13
3reciate a|,-24,41
Cn|20,,29
Dy|,-18,-15
Bbeing|25,-13
Bhearing|,-24,23
Bit|,-24,11
Bknowing|12,-22
Bunderstanding|31
Byour|,,13
Ad hearing|,,-12
Dow|-30
Cit|12
Clearning|-12
Cmeeting|21,-16
Cyou|-15,,-12
5ntice|-17
As|-17,,-14
Bhip and|-14
Fis|,,20
4oach|,,-29
8 to|-12,,-13
8ed|,20
A me|,31
9s|,16
A this|,29
5val|12,-13
8s|,,-11
6ed|,13
8 electrician|,18
3s|,29
2ril|,-13
2s|17
3 <n>|17
2titude|23
8 test|17
1rbitration|-15,17
2chitect role|-14,12
9s|,18
9ure|,16,-15
5ve|,-18,-13
6ist|,-13
2e able|,-24
5lready|12
5nd|,-13
5sking|,,34
4being|17
5usy|18,,25
4calmer|,,34
4doing|-13
6ne|17
4exactly|,18
6citing|,15
4fine|,,34
5rom|17
4getting|,,20
5oing|-24
6od|,13
4in|-15
4keeping|-25,,11
4meeting|-12,24
5oving|,,22
4needed|-15
5o|-12
6w|,,20
4on|15,12
6es|-12,13
4quite|,29
4ready|,,-13
6quired|-22,18,-20
4still|-12,24
4the|-14,,-11
6ings|,29
4used|17
4you|,15
3a i|-14,,-11
5manager|15
4s|,-16,-11
2gue|14
5 with|31
2ise|12
2jun|,15
2ound <n>|-20,-25
7me|,33
7two|,18
2range|-18,-20
7d|,-15,12
6ing|,-20,-16
9 the|14,-16,-13
3ivals|,15
5ed|16,-12,-11
7 at|43,-15,-13
6s|20
5ing|-12,12,11
3ogant|,33
2t|,,-13
3icle|,-16,-14
7 on|,-16
4st|,-13
1s agreed|18
4n|,,-20
3chief|,29
3he|,15
5ad|,15
4ybrid|31
3i've|-18,,12
4f|21,-20,-14
4t's|,,17
3long|-14,,16
3mr|31
4uch|,,-15
3one|20
4pen|31
3people|,29
5r|,,23
4lanned|,-13
4ossible|,,32
4romised|-15,,-13
3quickly|12
3references|-18,,-17
5quested|,-18,-13
3senior|,15
4he|,,20
4omeone|,20
5on|-23,,20
5us|-14,,-11
3that|-14,-18
5ey|15
5is|,,11
5ough|17
4o|17
3urgent|,,38
3you|-13
6'd|,20
6r|,,14
2ap|,,43
2hby|,-19,14
2ide|23,,-17
5 i|40,-19,-14
2k because|20
4for|,12
4how|,13
4me|12
4of|12
5ne|34,-13
6ly|17
4questions|31
4that|-12,-18,44
6e|17,,34
4whether|,,-17
4you|,,19
3ed|,,-19
5 about|,,-22
6before|31
6for|,,-20
6how|,,-23
6it|,15
6of|36
6that|17
8em|-14,,14
7o|,,-23
7wice|17
6what|-17,,-14
3ing if|,15
7me|,,22
7whether|,,11
7you|,-22
3s|,,11
4 for|12,,-11
5me|,,34
2sess|31
6ed|37,-15
6ment|13
A centre|11
Bday|13
Bfor|12,-13
Bwas|20
Chich|,,20
6ors|21,,-13
4t|15,24
5 from|,29
6to|,29
3ignment|,,-11
4stant accountant|,,18
Ajob|-15,,12
Apost|,-20
Arole|,-13
Astore|17
3ociate credit|,-13,14
Asoftware|,,34
8ion|-20,,-17
3ume|12,,22
6 i'm|,,20
8t's|,,34
7nobody|34
7that|,-15,25
9e|15,,19
7you've|,,38
6d|34,-13
5ing|20
8 the|31
4rance manager|,15
5ed|16,-13,14
7 me|18
1t a|,,-11
4l|,15,14
4nother|-23
5y|,,-18
4shby|,-15
3brightwater|,17
3calder|,-16
4restline|-12
3dinner|,-13
3ease|17
4very|-15
3fifty|31
5rst|,13
3half|17
5rrowgate|12
4is|31
4otel|,,20
3interview|,,-16
4t|15
3last|17
4east|19,,13
4umen|,15
5nch|,-13,23
3me|12
5ridian|,-13
4illbrook|,-13
3night|,15
5ne|,,20
4oon|,,38
5rdhavn|,,20
7vik|31
3once|-14
5e|,33
3parcelly|,29
4resent|,18,14
3quill|,15
3reception|17
4iverside|-14,,11
3saigon|17
4hort|,-19
4ome|,,-13
4unrise|,29
3that|,,-16
5ree|,20
4wo|,22
3work|,-16,11
3your|,,12
2r|,,-13
2tached|,-11,-15
8 a|,-11,-18
9it|14,-18,-13
9my|23,-18
9the|,,-23
6ing|12
3end the|,,-16
6ed|,,16
8 the|-13,,14
5tion|11
9 it|17,29
Aof|12
3itude|20
1udio|17
4t|-11
5s|,14
2gust|-18,-12
6 and|,-15
2to|31
4mated|13,,-18
7ion|-24
A engineer|,29
3umn season|,-16
1vailability|,,-17
7le|-17
9 for|-21,,16
Brom|-12
Ato|-18
2erage|-14,,-11
1waiting|,-15,29
8 your|,,38
3rd|-22,11,-20
5 for|,24
6last|,15
5s|-21,23
4e of|12,-13
6the|,15
3y feeling|,15
5more|-12
5very|,,20
5with|,,-21
2kward|,11,16
7 position|,15
0b <n>|,,20
1aby|,,34
2ck again|,,34
6nd|,15
6s|31,15
5by|,-16,22
5home|12
5i|12
6n|,,-16
5last|,15
5on|-17
5so|,,36
5to|,,11
7day|,,34
5up|,-21,12
5with|,18
4end developer|,-18
8role|12,-15
4ground|,,-13
A in|12,-16
4log|-28
4up|20
2d|,,20
2kery|-17,,-11
2ll|,,38
4 is|,,34
4arat|17
2nk and|,,-13
5has|,,25
6oliday|,,20
4s|,31
5ia|,,-13
2r|,18,-17
3 for|,31
4supervisor|,15
3gain|,15
2se|-15
4 about|,,23
4d|,-27,-22
5 on|14,-18,-13
3ic|12
5ally|,22
4s|19,-12
2tch|,11
5 at|,15
5es|,-13
2ys|,29
1e able|-15,-18
4n|,35
5d|,15
4ppreciated|-15,-18,44
4sked|30,-13
4t|-12
4vailable|-12,,11
3blunt|31,,20
4ringing|12
3candid|14,15,-11
4hecking|,,27
4omfortable|,-13
6municated|,,34
5nsidered|,,-14
6tacted|,-21
4urious|37
3different|,,23
3easy|,17
4xcited|,,-11
5pected|31
9ing|,,34
3fair|,,-18
7ly|,29
4illed|34
5ne|,29
4ollowing|,,14
4rank|,,20
5ee|-19,-21,18
3getting|-20,45,-17
4lad|,,-18
4ood|,-22,25
4rateful|,-16
5eat|,,34
3happy|,,-20
5rd|,29
4elpful|-12,,-15
4onest|11
6oured|-15
3informed|,,20
5terested|23
8viewed|,20
3just|,15
3keen|,,-20
4inder|,,20
3left|,,36
4ike|,,20
4ovely|,-13
4ucky|,33
3made|,-21,18
5rked|34
4odest|,29
5re|,13,11
5st|-15,,22
5ving|-20
4uch|-17
3nice|34,,34
3of|,-13
4n|-17,-19
4pen|,-15,-27
3part|-11
5ssing|,,40
4leased|,,-23
6nty|,,14
4ossible|-16,-17
3ready|,15
6lly|-21
5commending|31
5levant|,,-11
4unning|,24
3seeing|,,20
4igning|,,25
4o|-15,,12
4peaking|,,20
4taying|-12,-15,-13
5raight|,,-13
Bforward|,-13
4ure|,-13,14
6prised|,28
3taken|20,-13
5lking|,29
4hat|12
5e|,15
6re|,-15,18
5inking|-12
5rilled|-12,14
4old|14,-15,25
4ransparent|-18
6velling|-14,-16,-14
5ue|17
4urned|31
3up|,15
5front|-19
4seful|-16,,-20
3very|-21
3watching|,-13,20
4illing|-19,-19
5th|-12,,18
7drawing|,15,34
4orth|20
2ar|18,-16
4 that|17
3utiful|,29
2came|20,,-13
6 clear|,15
4use every|,29
8from|31
8i'd|12
Am|12
9f|17
9n|,29
9t|,13
8my|-15,33,-13
8the|13
By|,18
Ais|,13
8you|17,-18
Br|14
3ome|,17
5ing|,,36
8 difficult|,,36
2d|-12,17
3s|,15
4ide|,-13
2en <n>|,,34
5a|,,12
6bout|-18,,-27
6cting|18
6lmost|,-15,38
6ppointed|,15
6sked|,,-19
8ing|,,34
5checking|,-15,38
5doing|,27,-14
5filled|21,-24
7ve|,,14
6orgotten|,,34
7ur|,,14
5getting|,15
6iven|31
6ood|20,-18,-13
5hard|,15
5in|,,11
7vited|12
5kind|14
9er|34
5looking|,-16
5made|14,-15,16
7nageable|,,20
6entioned|31
6ore|,,25
7ved|34
5named|,33
6early|,-13,36
6ice|31
7neteen|,,36
5offered|-29
6n|,-18
6ut|,,25
5patient|,-13,40
6ractising|,-13
5rather|,29
6efreshing|,-13,34
5searching|,15
7nt|31
7t|17
6hortlisted|,20
5talking|17
6hree|,-15,32
6old|20
6rying|,15
6urning|-12
5very|-14,-16,40
5waiting|,-16,48
6orking|-15,,-13
2fore a|31
8nd|-12
9y|,-18,-13
Aone|23
7changing|-12
7friday|,-13,23
7i|12
8'd|34
8t|,-15
7my|15,-25
7our|17
7so|,29
7that|-15,-18
9e|14
An|-36,-12
Ay|,29
8ime|,29
7we|13,-24,-17
7you|-14,14
A're|17
6hand|27,-11,-23
A was|31
2gan|28,,-11
3ged|,29
6 me|,29
3in|-12
5ning|18
9 to|23
2half|,18
4viour|15
3ind|,14
6 it|,18
7the|,16
2ing|,,-11
5 asked|21
6considered|,-19,11
6kept|12
6open|-23,-27,-20
6part|12
6so|,,-16
7traight|13
Eforward|18,,-11
6the|,29,-13
7old|34,-15
6used|20,-13
2lieve|11,12,-31
7 i|,18,-19
9n|,13
9t|17
8my|12,,-11
8she|31
8that|14,15
Ae|25
Ais|12
8your|12,31
3ow in|-12
6the|14
6where|,15
2nch|-12
3eath|12
4fit|,29
3galuru|-12
2rth|12,22
2st and|,15
5candidate|,35
5for|12,-13,-11
5in|-15,16,-11
5of|23,,-21
5part|,-15
5regards|,-12
5with|15
2tter example|,-19
7for|-20,-13,11
8rom|31,,20
7in|-14
7next|,,-11
7prepared|-12
7than|,18,-24
3ween my|,29
8three|,-16,23
8us|,38,-13
2yond|,,24
6 that|-12,,29
1i|,15
2ased|34
2g|,17
3 four|31,15
4headed|,29
4part|17
3ger|,23
6 than|,29
5st|-12,18
2lingual|-14
3ling|,,-18
7 service|12,-13
4s|,,20
2ology|17
2t|11
3 confused|31
4like|17
4more|20
4of|,,-12
4puzzled|31
4rich|34
3ter|31
1less|,,11
2ock|-18,,-15
5s|-12
3w|-21,43,-16
4 my|-19,43,-16
2unt|31,,20
1oard and|,,-13
6every|17
6meeting|-12,15
6results|,29
6will|,29
5's|-12
5s|,20,-14
3st|,33
5 but|,31
3ts|,-13
2nus|,22
2ok|-27,13,-12
4ed|,-24
4ing|-15,-22
7 system|,-18
7s|,,14
4keeper|-12,-15
4let|31
3tcamp|,31
2rder|,18
2ss|12,22
4 at|,31
2th a|37,-16,-11
6n|17
5felt|,29
6or|,13
5have|36
5know|12,22
5of|,12
5some|15
5times|,18
4a|,15
4er|,-20
6ed|31,,34
8 to|31,,34
3tom|12,22
6 of|12,22
2ught|,,20
2x|19
3 ticking|34
1rag|-14,38,-11
4 but|-12,37
3nch from|,29
7i|,15
8n|,15
7operations|,31
7was|34
6es|-18,11
4d team|12
5s|,15
5t|12
2eak to|17
5down|,,-13
5s|,15
3ndan's|,18
4nan|-15
3wer|,-15,14
6y|,,14
2ief|14
5 note|,-16
6the|,15
6was|16
5ing|12,-13
5ly|-20,-12
3gade|,12
7 as|,15
4htpath|17
6water|,11
4id's|,31
3lliant|-12,15
3ng|-16,18,-17
5 a|,29
6in|,20
7t|-12,12
6something|,29
6that|-22,15,-18
8e|-16,14,-25
8is|,,20
7o|-19,28,-16
5ing|,13,-16
8 the|20
5s|,31
3sbane|,,-15
4tol|,-27
3tish|,29
2ought in|,29
2unch|,18
1udget|,,-19
6 on|,15
6ing|,-11,-14
6s|17
2ilding in|,15
9my|,-16
9on|,,18
4t|,11,-13
5 a|,,-13
7nd|,29
6the|,15
2mping|,,40
7 this|,,40
2ried|,15
3ned|31
2siest|17
4ness analyst|,-23
9on|,,34
9tomorrow|,-13,40
3y but|,,27
5day|15
5schedule|,,20
2t a|14,,12
5fter|17
4do|,33
4from|17
4given|,29
4having|17
4i've|,,11
5t|13,-15
4my|,15
4on|31
4please|-17,-19,-14
4that|12
8's|,18
6e|,,-24
7re|20
6is|,13,18
6ree|,,36
5o|,,40
4unless|,-13,36
4you|17,,21
7r|15,28
3ter|,15
2yer role|18,-16
1y|,,12
2 <n>|-17,-16
3a|16
4bout|-12,-22
3changing|,-15
4lose|-17,-20,48
3email|,-21
4nd|,,34
3friday|-11,-13,18
3how|,,-18
3last|,-13
3me|,15
4onday|-26,-28,30
5ving|,-15
4y|-17,13,14
3name|,29,-21
4ext|-15
4oon|-15,-18,42
5w|,,40
3people|,15
4hone|,-18
3return|,,34
4oughly|-12,-18
3someone|37
3then|-23,-26,26
5is|-21,-24,37
5ursday|-29,-20,20
4omorrow|-18,-20,47
4uesday|17
4wo|,26
3wednesday|-17,-18,45
4hat|,-13
3your|14
0cabinet|,18
2ching|,,-13
2f|,16,-15
2lculations|,15
3der|,-21
3endar invite|17
3ibre|,35
3l about|12,-13,20
6nd|15
6s|17
6t|,-13
5centre|,,11
5from|,,11
5i|15
6f|,-13
5last|20
5rather|,-13
6esolution|,15
5so|20,-13
5that|,-13
7e|12,-13,20
6o|20
7day|-12
5was|36
6hen|,15
6ith|34
6ould|23
5you|,,34
4back|,18
4ed|,11,12
6 it|,15
7me|-12,29
7twice|12
4ing|,,-17
7 me|,,-24
8rather|-15,,-13
4s|,11,-14
5 from|,33
6me|,33
6when|,15
3m|-22
4 the|-12
4er|-12,,25
5st|,29
7 person|,29
4ly|,,-11
2me across|,,-19
5back|,17
5down|,,-18
5from|,,-16
5in|,13,-16
5out|,,-18
5through|,-24
6o|,15
5up|13
4ra|17
3paign|,,-13
8 and|,,-11
9i|,18
9launch|31
4us|,,-24
6 visit|,,-15
2n afford|,15
5nswer|31
5ppreciate|,15
5sk|,,20
4bring|-12,37
5ut|,29
4continue|-12,13
8ribute|,15
4ever|12
4fix|,29
4get|,-16,24
5ive|,,12
4hardly|31
5elp|-14
4i|,,20
5magine|,,20
4keep|,,-17
4learn|,-13
6t|,,34
4make|,,19
6tch|,31,14
5ove|-17,-16
4only|26
4plan|-11,,16
5repare|,-16,-11
6omise|,31
7vide|-21,,-19
5ut|,,22
4say|-21,37,-18
5end|-30,,-17
5hare|,,-13
5peak|,14
5tart|,,-12
6op|,,29
4talk|,15
4understand|20
4work|,,-14
4you|,,25
3't|,,14
5 commit|,,14
6help|41,-20,-15
6keep|-21,-25,49
6move|-12,-15
6quite|,,20
6see|26,-15
3cel|12
6led|26,-16,14
3did about|,,-16
7than|17
7you|-12,13,11
6acy|12
7te|19
9 and|20,-13
Bsked|31
Abefore|31
But|,15
Acan|17
Aexperience|45,-20
Afor|,35
Ahad|20
Cs|,,14
Ain|17,,14
Bs|20,15
Ato|17
Awaiting|,,20
Cs|34,-13
Bho|12,19
Bith|12
Bould|17
Ayou've|,29
9's|13,-15
9s|20
A are|28,-19
Cs|,15
Ct|25
Bdeserve|34
Co|17
Bfor|15
Bhave|12
Bi|31
Cf|31
Cn|,,20
Bknow|18,-13,19
Bon|,15
Bwho|16
Cill|31
Dth|12,18
Could|12,-16,14
Byou|,31
8ure|,-23
4our|,,-13
7 about|-21
3not|,,26
6 keep|,-15,29
7see|31
7wait|,,42
2pable|,25
7 of|,29
8though|,29
4city|,-15,-11
3e|,29
3tain|,,18
2rdiac|-24
7 step|-12
8unit|-12,,11
5ff|-14
4s|,13
5 from|,15
3e home|12,,14
5nurse|,15
5the|-14,,-11
5you|-20,-20,-17
4er at|,15
7break|31
6s page|,-13
9ortal|,,14
4ful|,-13
7 thought|,-13
7ly|12,,-11
3la|17
3penter|-12,,11
3rier|,,38
7 pigeon|,,34
6s|,,-13
4y|,-22
5 on|17
7ver|-14,-16,-11
2se a|-14
6nd|,,36
5email|,,40
5i|,15,-11
6'd|17,-13,14
6t's|-12,,-12
5my|,,38
5presentation|16,-19,-15
5study|,,-14
5that's|-12,-13
7e|-14,,24
8y|,-18,12
7is|,,34
5you|,,20
4loads|,15
4s|,12,-15
4worker|17
2tch|,,13
5 you|,,38
5es|,15
3egory|,18
2ught|,,11
6 up|,15
3ses|-15,,-13
1ebu|,18
2dar|,15
2llar|,18
2nt|-15,-20,-13
4er|-12
4re and|14,-18,-14
7in|,-15
7which|,,20
6s|,18
2o|,22,-11
2rtain i|,15
7ly|,,-13
7ty|,,34
4ificate|,-13,-28
B in|,-15
Cwhich|,-16
Bs|,,-15
Aion|,,-20
1fo|-12,,11
1hain|,,-24
5 analyst|-12
4rman|,29
3llenge|-11,-13
9s|-15,,-13
3nce and|34
7to|,,-12
7you|,,14
6s|17
4ge|,,-16
6 your|-12
6d|,-18,-18
7 between|31
8to|17
6over|,-13
6s|,,-14
7 or|,15
5ing how|,-16
4nel|,,14
3rge|,,-12
6 nurse|,11
4m|,15
4tered|,18
9 accountant|12
3se|,,21
4ing|,-16,22
3t|,12
4 about|,11
5i'm|,15
5this|-18,37,-13
6oday|17
5yesterday|,29
4ting|,20
2eck and|12,,11
6back|,,18
6email|,-13
6in|-16
6where|20
9ther|-22
5ed my|,,11
5ing my|-14,-19,45
9on|,13
9whether|15
5list|,-20,-13
9 and|,-13
3ers|,22
6 for|,20
3f position|,-22,14
5role|,,-15
3n|,,20
2ief|,12
5 executive|,22
3ldcare|,,25
5ren's|,-11
3n|18
2oice and|-29
7but|,-13,43
7of|17
7so|-26,-17
7was|31
3ose|,13
6 but|34
5ing|12,22,23
8 to|,31
3se|15
5 the|17
5n|15
6 another|,,20
7candidate|,,20
7has|17
2urn|-14,,-23
5 model|,,-11
1ider|,18
5 client|,15
2rcling|,,34
8 back|,,34
4umstances|,-21,-14
2ty|,16,-19
2vil|,,-13
5 service|,15
1laim|-12,20
5s handler|,-13
3rify|12,-18
7 on|31
5ty|20
3ss|,12,-24
5 at|,15
6degree|17,29
5es|,11,-18
5room|,11,-13
9 and|,29
Apost|,29
2ean|,16,-16
5er|-12,20
4r about|,-16
7nswer|,-18,17
6for|,,34
7rom|20
6the|,19
5ance|,-13,-11
5ed|,,-13
7 in|,-13
6r|,,-25
7 picture|,,-18
5ing|,13
5ly enough|,31
8the|,18
3rical|,-13
8 officer|,-13
4k|,-15
5 post|12
3ver|-12
2ick|-14
3ent and|,13
7list|,33
6's|,-13
6s|,18,-12
7 and|-15,13
8have|,35
8would|,15
3mb|,15
3nic coordinator|,-13
7i|,29
8s|17
7next|,,20
6al and|,29
9coordinator|12,-13
9data|15
9informatics|,-13
9nurse|-12,13
9pharmacist|,,-14
9research|-15
9trials|12
6s|,,-19
7 and|,-15
2ock|25,-13,14
3se and|,,11
6decision|,-13
6of|-17,-20,48
6this|,-15,36
6was|17
5d|,11
6 <n>|,18
7the|17,18
5ly applications|31
8the|15
5r|,,-13
6 to|-15,,-11
5s|,,25
4ing|,-13
3ud|,19,-18
5 migration|,29
2ubs|,15
3ster|17
1o op|12,-13
2aching|,,-13
3st|,15
5al|,,-19
2de|12,,-14
3ing|,,-19
6 test|23
2ffee and|-12,15
2hort|,11,-18
2incidence|31
B but|31
2ld chain|,-18,-13
3laborative|,-13
D way|,-13
4eague|15
9 who|31
9s in|12
5ct|-12,,12
7ing|,31,14
A the|,29
8ons|,,-15
3umba's|,13
9 i|,15
2mbination|-12,33
3e across|,19
6long|,29
6round|,15
6way|17
5back|,11,12
6y|,,13
5into|,,14
5on|-12
6ut|,12
5through|,,11
5with|,33
4s|,,-14
5 to|,18
6up|,,-22
3fort|,29
7able with|,,-15
3ing back|,,-16
7from|,,-13
7in|-12,15
3mendation|,35
6t|,-24
7 that|20,-13
7s|,-13,-20
8 on|,,-16
5rcial team|,,20
4is|-12,-15
6sioned|,18
Aing|,,-11
5t|-17,-19,11
6 to|-12,-15,12
6ment|-12,-15
6ted to|,-16
8e and|-12,13
Afor|,,-22
Ahad|17
Ato|17
Awill|17
9's|,,-21
B decision|,,-13
4on|,,14
4unicated|12,-13,25
C to|12,-13,20
Aion|26,-18
D from|17
Ds specialist|,-13,23
7ty health|,,-11
Amanager|,,20
5te|,-24,-15
7 would|,-13
3panies|,15,16
9 and|,15
Ahave|,,34
Ai|,,20
6y doesn't|31
8for|,,-11
8has|,,13
8i|-22,20
9n|-12,-15
9s|-12,-15,12
8remains|,18
8that|27,-15,17
8which|,18
9ith|-17
7's history|,33
5rable|,15
6e|,11
4etencies|31
9y|,13
6ing|,15,12
9 offer|,,12
7tion|,,-23
B and|,,-11
Bs|,15
9ve|,13
8or|,15,43
As|,31
4lete|,,-28
8 sense|-21,-20,-15
9the|17
8d|,-16,-26
9 a|,-13
Amy|-15,-18,-15
Athe|,-24,-15
8ly|-19
A fine|-14,-13,14
Bunderstand|-23,-21
6x|,18
5iance|-11,-13
A analyst|,-13,14
Bofficer|,-16,-13
6ment|17,29
2ncierge|,15
4lude|20
8d|25,-13
4rete|,-12,13
3dition|,,20
9s|18,-13
4uct|34
7ed|17
3fess i|12
4idence|,,-16
A in|12,-13
8t|,13,-15
9 i|-26,,-24
B'll|,33,20
Amy|31
Athat|-17,30,-14
5rm|,-11,11
7 by|,-15,17
8i'm|,,-14
9t|20,-13
8my|,,11
8that|,,11
Ae|12,-13
8which|34,-13
8you've|,,34
7ed how|,-20
7ing|13,-26
A that|20,-13
De|14,-18,11
7s|15,15
4lict|,-13
4used|44,-21,-16
6ing|31,,14
7on|23
3gratulations|,-11
F on|15,,11
Gto|11,-28
3nected|,,12
9 with|,,34
7ion request|,,34
3servation officer|,-13
9or|,-15,11
4ider|,,12
8 my|,,27
9this|,,23
8able|,15,20
By|,17
C higher|,29
9te|,,20
Aion|-14
D for|-12,-15,-13
8ed|,,-11
A again|,-19,-16
Bfor|,-11,-12
Bif|,,-24
Cn|34,-16,-11
Bwhen|20,-13
8ing my|15
5stent|31
4truction|20,-13
4ultancies|17
9t role|-15,,-13
8tion|,-15
7ing|,20
A for|,15
5mer|-12,13
3tact details|-14,-16,-11
8me|-12,,17
7ed|15,-15
7s|,31
5iner|20
9 terminal|31
4ent designer|,-13,23
8lead|12
8strategist|,-20
5xt|,,-11
4inue in|,-16,-14
9the|,,-13
Ao|-13
8d|12,-18
9 success|17
7ing|12
4ract|-11
8 and|-15,12
At|,,-13
9ends|,,25
9for|,,20
9renewal|,,34
Bquires|-12,-15,-13
8or|,-20
As|,18
8s|-22
5ibute|-14,,-28
A to|-17,,-25
9ing|-15
C to|-14
5ol room|,-13
7ler position|-12
7s|,,-11
3venience|,-18,29
9t|,-20,-17
5rsation and|,,-18
Di|12
E've|,-15,18
En|,-13
Dlast|-17,-19,14
Dmade|-15,-20,-13
Don|-13
Dso|,,25
Dthis|-25
Dwas|17
Cs|,,-16
D and|,,-11
Eover|,-16,-13
Ewith|,,-18
4inced than|,33
Ce|25
7ing|17
2ok|,15
3ling|,15
3rdinated|-12,-18
9ion|,-15
9or interview|-12,-15,18
Cjob|,,20
Cposition|,-21
Ft|,,-16
2pe|12
4 with|17
3ied|12,-19,29
6 in|,-13,36
7mr|,,34
3per|,,20
3y|,,-26
4 of|,-19,-16
4ing|17
4writer|-24
A role|-20
2rner|,11
6 in|17
3porate|-14,14
3ran|,,20
4ect|,-13,-18
7ion|,-20,-15
4ib|,,20
3vid|20,-13
6 labs|17
2st|11,,12
4 me|17
5you|17
4s|,,-11
2uld answer|,,18
6both|25,-13
7ring|,13
6confirm|23,-16
9tribute|,-15
6get|,,20
7ive|,,24
6have|17
7elp|,-19
6kindly|,-13,23
6let|,-16,40
6make|-12,13
8nage|,,20
7ove|,13,23
6not|13,,-17
6offer|15
6probably|,29
6raise|,15
7un|12
6see|,17
7hare|,-13,20
7omeone|,,38
7pare|,,23
7tart|-16,-12,-13
8ill|,,11
8rengthen|,-13,-11
6take|,,-13
7each|,31
6work|,-15,11
6you|,-26,16
5n't|17,,-11
8 help|23
3ncil is|,,-11
8recruitment|,-13
7's|,-19,14
7s|,-13
4t|20
5 against|43,-18,-13
6for|20
5down|31
5ed|28,-16,-11
7 for|34
6r|,,-15
7balance|-14,-16,-11
5ing|,,24
8 on|,,42
5ries|12
6y|-17,28,-14
7 and|,29
5s|,11
6 for|,12
5y|,,-24
3rier|,29
4se|,,-11
6 i|-26,,-23
8'm|,11,-15
8n|,-19
7on|-12,-15
7though|20
4t|,,22
5 now|,,34
5ed|34
6ous|36
6sy|18,,12
8 of|21
3sin|31
2ver|,,-13
5ed|,,-18
5ing|18
8 the|12
5s|,-22,-18
6 the|-14,-16,-14
1pc|,-13
1reative|,14,-14
3st|,15
5line|-15,12,-13
3wing|,,25
4s|-12,13
2ime|17
3sis|,33
3teria|20,-16,-13
8 and|12
7on|29,-13,-13
9 in|39
4ical|-14,,-11
8 care|-14,,-11
2m|17
2oss|,,-19
5 again|,-14,-30
6border|,29
5ed|,,-13
1t|12
2 radiographer|17
2o|,20
1ulture|15
2p|15,29
3 of|,29
2rator|17
3iosity|,15
5us|21,,-14
7 to|37
3rent|-20
7 company|-26,14,-12
Antract|-21,-24
8employer|-26
8firm|-14,15,-11
8hospital|,18
Atel|,15
8job|-21,-11
8manager|,,24
8one|,-13
8post|,-16,-11
9roject|-12,,-13
8role|-20,,-17
8team|,15
8ward|-17,,-14
7ly|,,-11
2stomer service|,-22,11
8s|-22
6s compliance|,-13,14
2t|,,-13
3 above|,31
4my|31
4off|17,,11
4the|,-13
5o|31
3ting|14
1v|16
2 again|,,20
4nd|18,-16
3before|39
3i|,13
4s|,15
3on|,-16
3so|17
3which|17
2s|,15
1ycle and|,15
0daily for|,,20
3ry|20,-13
2ngling|,,40
2shboard|,,-14
9s|,,-18
2ta engineering|12,,11
5manager|31
5scientist|-15
4base|12
3e|,-14
4 by|,,20
5for|17,-13,14
5has|,-13
5i|,,12
5to|,-13
5you|,-15
4s|,-22,-20
2ughter|,-13
8's|,,34
2ventry|14
2y a|17
5fter|,,23
5nd|15
5s|,15,11
5t|,-13
4but|,,18
4for|,-19
4i|31,,14
5tself|,-13
4next|,18
4of|,12
6f|23,,12
5n|,-18,-11
6e|,27,-16
4plan|,18
4so|,14
4to|,,-18
4was|18,-20,-15
5ith|,13
3's|28,,-11
5 leave|36
3s a|,,-11
6fter|17
6go|,,34
6nd|14
5before|25,-16,-11
5delay|,,34
5from|,,23
5in|,,-13
6s|,,18
5later|31
5now|,,34
5of|15,-20,17
5since|,,32
6o|12
5to|-20
5until|,,23
5which|,18
1eadline|-15,,12
8 and|12
9but|,,34
9for|,,40
9is|-12
9of|-23
3l about|,,-14
5from|-15,,-15
5in|,33
5more|,15
5of|13
5to|,,11
4s|-12
3r graduate|,-16
5mr|,-11
6s|-17
5priya|31
5sir|,15,18
2brief|15
2cade|,34,-17
6 and|,31
7but|,31
7of|,29
3ember|-18,-20,-15
4nt|17
3ide|-15
6 by|-23,-13
7on|,-15
7quickly|,,23
7this|,,34
7whether|17
6d|,-13
7 against|,,36
8before|36
6s|,15
4sion about|,-16,-11
As|,-15,22
9been|,,34
Bfore|-19,,29
Aut|36,-13
Ay|-16,-17,25
9due|-15,,-11
9for|,,20
Arom|-12,-15,38
9had|26,-15
Bs|,-23
9i'd|,-13
An|-12,-15
As|,,14
Atself|17
9might|-12,,-13
9of|23,,-13
An|,-20
9so|-12,,-13
Bon|,,23
9this|-12,-16,43
Bough|39
Ao|18,,-15
Bday|,,34
9urgently|,,36
9was|23,-27
Aill|,,14
Bth|,,-15
Din|-14,-15,29
Aon't|,,34
Buld|,-19,21
8s take|,-15
3khand|,-13
2ep|,15
4a|17
2finite|,,34
8 answer|,,34
2gree|14,,-14
6 and|34
7in|12
7was|31
2lay|,11
3iberation|,,18
4ght|,18,-11
7ed|-11
4ver|,15
7ed|-19,13,-16
3ta|,,-15
2mand|-14
6ing|,18
3entia|17
3o|,20
4 class|,29
4nstration|,,-19
D lesson|,,-11
2ntal|-17,,12
2partment|,,-13
A has|,18
Bof|-12,24
Bto|,,20
Bwell|31
A's|,,-18
3loyment|-12,13
3ot and|,,20
5s|-14,-16,-11
3th|,14,-18
5 in|31
6of|,18
6to|,29
3uty|13
6 manager|,-13
7stage|17
2r|,,-11
2scribed and|,,-14
Bre|-15,,-13
Ahas|,29
Ain|12,,-11
Bs|-13
Bt|31
Ame|,39
Ato|23,-15
7ing|20
A the|31
6ption|12
B was|17,15
3erve|29,-16
7 to|34
3ign award|,15
7engineer|-19
7round|,12
6ed|20,12
8 to|31
7r interview|,,20
3k and|-14,14
5runs|,29
3pite|,-13
2tail|,,-18
6 and|17
6ing|,15
6s|,,-31
7 are|-14,15,-11
8for|,,-13
8on|,,-18
2v|-15,,-13
3elopment associate|17
3ops|,-15
6 engineer|,-13
1iagnostic|,18
2d|18
3 and|,15
5rrive|17
5t|-14,14,-11
4but|,15
4enjoy|28,,-27
4feel|43,-18,-13
5ind|36,-15
7ish|,29
4get|42,-21,-15
4hear|31
4in|,15
4my|,-15
4notice|41,-20,-14
4on|,-13
4say|,,20
4the|,,-16
4value|31
4want|37,-19
5onder|41,-15
3n't|,,-12
6 come|12
7have|15
7mention|17
7say|,31
8eem|17
7want|-25,-18
8ork|,,-16
2fference to|,-13,23
8t|13
9 from|20,-13
Aoutcome|,-15,-11
Apeople|31,,20
Arole|31
Athings|,,20
9ly|23
B but|34
4icult|12
9 choice|-12,-18
Afor|17
Anot|31
Ato|24,-12
2gital|-19
2nner last|,18
2rection|,-11
9s|20
6ly and|,15
9because|31
6or|,11
8 has|,31
9level|,29
9of|-18,15,-14
An|12
9role|-16
9so|,,34
9who|,29
8s|-12,12
2sappointed|,,-15
C and|31
Es|-23,,-17
Dbut|-12
Di|-26,-12,-25
Dnaturally|,-18,-13
Eot|,-13
Dof|,-16
Dthat|31
Aing|,-14,-20
D news|-14,-16,-11
Ament|,-13
3charge|,,-16
4uss it|,-13
7ed and|-14
Ai|,,-11
Bn|,15
Aon|-24,,-20
Awhich|12
7ing|,,-16
A the|-18,,-15
8on about|-13
Cnd|,-13
Bon|-21
3pensary|15,15
7ing|12
3sertation|-17
3tribution centre|,,-14
9or|-14
6ct|,,-12
8 for|,29
4urb|,,34
7 you|,,34
1o a|,,-23
4ppreciate|41,-20,-15
3better|-12
3call|,31
3feel|,,11
3hope|22,,17
3i|,,20
4f|17,,34
4n|17,13
4t|-20
3keep|,,-14
3let|,23
3most|,15
4uch|15
4y|-17,,-14
3need|,-18,32
5xt|,-19,-11
3pass|31
3still|28,-16
3tell|,29
5nd|,29
4hat|-14
5ink|25
4o|,-13,23
3wish|26,,-13
5th|23,,-14
7out|,29
4onder|40,-16,-11
3you|,,-15
2able|,,20
2ck|,12,-13
4side|,15
3toral|,,-11
8 students|,,-11
7te|,18
6s|,29
3ument|,,-18
8ation|-20,-12
8s|-14,,-32
9 are|-25,,-23
Afrom|-14,,-11
2es|18
4 feel|31
5look|31
5make|34,-13
5not|23,,12
5seem|17
4n't change|-12,-15
9ome|,,20
8often|,29
8really|34
8suit|,-16,23
2ha|,,34
2ing a|,31
7nd|-12,,11
6but|,29
6on|12
6so|17
6the|-12,13
6well|-14
7hat|17
7ith|,-13
2n't believe|21
6come|,15
6feel|,-27,-24
7orget|,,34
6have|,-20,24
7ear|-19,-21,47
7old|,-15
6intend|,,34
6keep|,,40
7now|,,25
6leave|,,38
7ike|,31
6make|,,34
7ind|,,13
6need|,-13,23
6say|,15
7tay|,29
6take|31,15
6usually|,29
6want|-16
3e it|-14,40,-14
5this|,20
6wo|,29
2ors|,29
2ubled|,13
4t|,27
5 anyone|17
6many|-14,38,-14
6the|31,15
6you'll|,29
2wn a|,-19,18
6nother|,,20
5by|15
5for|20,12
5in|,15
5on|15
5the|14
6o|,,-23
6wo|-15,,29
5unit|-14,,-11
2yle's|17
1r mensah|,,20
2afted|20
3g|,-13,40
4 on|,,36
3w|15
4ing|,18
7s|,17
4n to|,15
6up|20
2ift|,,20
3ver job|,,23
6s|,-16
4ing|,17,-13
2op|-12,,14
4 in|-14,,14
4ped|,,-11
7 from|,-13
3ught|,-13
3ve|19,,14
5 four|,,34
1ue by|-15,12
4in|,,20
4next|,,11
4respect|26
4to|12,-16
2rban|,17
3ing|,,-12
6 my|,,-13
7service|12
7that|-12,-15
9e|,,-11
2st|,,20
2ties|,-15
3y|,,-13
0e|-12
1ach month|-12
7rning|,,23
5other|12
A's|12
5question|12
5stage|15,-15
5time|18,-16,20
5way|,-16,22
2ger|-23
5 to|-23
2rlier|,-34
7 and|,,14
8conversation|31
8note|,,34
6st|-23,-26,35
8 as|,-13,40
9convenience|,,36
4y|-15
5 and|-12,12
6in|,-15
3marked|34
9 for|31
3ned|17
2se|17,,20
3ier|-15
6 for|,-13
7to|,-18,19
5st|-15,15
4ly|,,-14
3y for|,,23
5to|,,-15
1dge|15
2it|,13
4 test|17
4ed|,15
4ion|,15
4or role|,15
6ial|12
2ucator|-12,13
1ffect|12
6ively|,20
3ort|,-28
6 i|,,23
7with|,-13
1ight hours|,,25
6years|,19,-20
5een months|,,-18
2ther|,-18,11
6 of|12
7way|,-27,12
1lectricians|,15
3ven hours|31
7minutes|20
7years|,30,-17
2igibility|17
2m|,15
2se and|12
5can|,37
6omes|,-13
5from|-11,11,-20
5in|,24,-16
5on|-14,26
6pens|31
5that|,,-22
5which|,,38
6ould|,,-15
5you|-14
8're|,31
4's|,29
4where and|,-16
Afrom|34
Aso|,,11
1mail|11,-13
5 about|25,-24
7fter|36,,20
7nd|11,,-15
7s|,-15,21
6but|,,23
6confirming|31
6every|,-13
6from|12,-13,14
6i|,-13,14
7n|,,20
7s|-14,-15,21
6of|,,14
6rather|31
7egarding|29,-19,-14
6says|36
7ince|,,34
6that|12
6went|31
7ould|,,18
5ed|-12,-15,38
5s|12,-16,22
6 are|,,38
7i|20,-13,18
7of|-14,-16,40
7to|,,20
2barrassing|,29
2ergency|-22
2ployee|,13
8 of|,29
8s|,-13
7r and|,-13
9has|-19,-16,-18
9that|34
6ment|-17
1ncourage|,,20
9d|,,-11
8ing|,-18
2d close|,,-13
4i|,-15
5s|23
4rush|,-15
4the|,15
4up|,16,11
4was|17
3ed|,,13
5 up|,,14
3s|-14,,16
4 in|,-13
5next|,,34
5on|-19,,14
5up|,18,14
2ergetic|31
5y to|,29
2gineer in|,29
9job|,-13
9trainee|,16
9who|,22
8ing and|20
Crole|,-13
Gs|12
8s|-11,22,-20
3lish translator|17,-13,14
2joy helping|,-16
6learning|,-13
6meeting|37,,-23
6our|17
6the|14,,-13
5able|-23
9 conversation|,18
5ed discussing|-12
8every|,,-18
8getting|14,-19
8it|-21
8learning|,,-12
8our|,,-34
8speaking|31
8talking|,,-18
9o|,31
8working|,,-11
2ough for|,,20
7in|,29
7my|,29
7of|31
7to|,16
2quire|-12,,-13
6ies|,,20
2rolment|,-13
2terprise|,18
3husiasm|,-13,27
A for|,,20
3ire|,18
6ly|11,,-19
8 on|12
3ry|12,-16
5 level|20
2vironmental|-24,-16,-11
D consultant|,-13
1qually|12
3ity|,15
4valent|31
1rror|,-19,-11
1specially|-13
A after|-17
Benjoyed|-11,,-21
Bon|-17,-19
Bthe|-13
Byour|-12
2sential|43,-15,-15
9 criterion|37
2tate|,,-18
6 and|,29
3eemed|,,13
8 organisation|,,14
3imator|-14,-16
9 role|,-13
1ven a|,-27,25
5if|12,,14
5one|17
5so|,,14
5the|,16,-14
7ough|,13
5with|-18
9out|,15
4ing|,,15
7 and|-12,-15
8whether|,,38
7s|15,-19
4t|,,-16
5s team|12
3r|,,-19
4 had|,35
7ve|,-15
5made|,29
5need|-14,,-14
9s|,29
5since|,15
5that|,14
4y applicant|34,,14
6branch|,31
6candidate|17
7ompany|31
8nversation|,-16,-11
8uple|,,42
6day|-19,,20
6essential|37
7vening|-15,-18,25
6fortnight|,,20
6hour|,-13,36
6monday|,,34
9th|,,20
8rning|-14,,14
6new|,15
7ight|,,36
6one|,18,14
6project|,33
6question|39
6saturday|,-13
7ingle|17,29
7tage|,,-15
7uccess|,,-28
6ten|,,34
7ime|,,20
6week|-19,,23
5one and|14,,-15
9else|14,12
9has|17
9i|18,,-11
An|,12
Bvolved|,-15,11
9on|31
8's|31
A time|31
5thing i|23
Cn|17
Bon|,,34
Byou|,,-11
2idence|12,-13
6tly|37
1wm|12,-13
1xact|,18
5ly how|20
8that|12,,-11
8where|-14
3ggeration|,29
3m|-17,,-27
4 last|-17,-21,-14
4ple|,,-22
7 is|,-15
8of|,15
7s|,,-16
8 of|12
4s|-14,,-18
2ceed|,31
4l|-12,-18
5lent|,,-13
4ption|,,18
9al|,29
3ited|-14
7 about|-14
5ing and|,15
2ecutives|,13
3rcise|11
8 a|,15
And|14
9felt|31
9on|,13
9rewarded|31
8s|14,,-13
2isting|,-18,-13
5s|20
2pansion and|,-16
Ainto|12,,-11
3ect a|,,23
8n|,,20
7the|-12,,12
8o|-19
7your|,,38
6ations|,-13,14
6ed and|-15
At|17,,14
9better|31,,20
9it|,15
9to|,-15,12
6ing|,-19,14
9 a|17
Ato|17
Ayour|,,34
6s|,,-13
7 to|,,-11
4dite|-12,-15,42
8 the|-12,-15,38
4rience|,,-19
A a|,15
Cre|,29
Bcounts|31
Bfor|,,-11
Bi've|17
Cn|,-12,-17
Bof|23,-16
Cn|17
Cr|-12
Bsurvey|31
Bthan|34,29
De|,,-11
Co|,,-16
Bwhich|25,,-11
Cith|12,-19
Could|-14,-13
Ad|12,13
B person|,33
3ires|,-16
7 on|,-13,14
3lain|,,-17
7 a|17
8my|12,18
8the|,,-20
8why|31
7ed the|-17
7ing how|-14
Bthat|,-26,-20
7s|34
3ort|,13
4sure|20
3ress|,-13
7 my|,-13
2tend|,-13
4rnal|30,,-13
8 applicants|31
8ly|31
0fabrication|,,11
2ce|,13
4 to|,,12
5when|,31
4book|17
4s|,20
3t|,12,-20
4 that|,19,-13
4ory|,,14
7 and|,,20
2il|,33
4ed|,33
4ing|31,15
3r amount|25,-18
6nd|-20,,-15
5bit|,11
5few|,15
5preview|31
5test|12
5warning|,,23
4er|,-15
6 to|,-15
4ly|,20,-16
6 obvious|17,29
7straightforward|,33
8ure|,18
4ness|-13,,-20
8 that|-19,,-15
3th|26,-15
2lls|-13
5 prevention|,-13
6through|,,36
2miliar|,,-18
8ity|31
6es|,,-18
8 on|,15
5y and|,-13
7holiday|,,14
7in|,15
8s|-14,-16,24
7so|,,11
7to|,,34
7wedding|,-13,-11
2r ahead|,29
4better|12
4more|23
3m|12,23,23
4 manager|12,15
2scinating and|,29
3t|,16,13
4 track|,,20
4er|,17,14
6 and|,29
7than|-15,26,11
5st|,37
2ther|,-13,14
6's|,-13
2ult|28,,-14
2vour|,33
6able|,15
A response|,15
2ze|,29
4 me|,29
1ear|,31
4 for|,29
3tures|,,-15
2bruary|,-20
8 and|,-16
2e|,29
3d|,,20
4back|,-13
8 about|,-11,-17
9by|17
9call|15
9from|,,-14
9i|12
An|,,14
At's|31
9mentions|23,-13
9on|-11,-11,-13
9within|31
9you|,-19
C're|,-13
3l a|15
5free|31
5i|25
5like|16,,-14
5obliged|-19,-16,-16
5rushed|-12
5the|27,,-22
5very|-12
5you|,-15,-13
4ing|11
7 i|12
9'd|,29
8that|,18
Ae|14
7s|14
8 about|31
At|-12,31
4s|,,11
3t|,24
2ll|,-13,-27
4 apart|,18
5short|,-27,-22
4ow post|,-16
6ship|-14
3t|15,,-13
4 a|28,,-14
6s|31
5designed|31
5it|,24
5like|20,-20,-15
5more|23,13
5rather|17,13
6ushed|34
5so|,15
5the|15
5very|17
2nwick|,,13
2rris|,15
2stival programme|,-13,14
2w days|,-27,23
4ideas|,18
4minutes|-31,-15
5onths|-15,,11
6re|,22
4of|,20,-16
4people|,18
4things|,-18,29
5imes|,,11
5ricks|,20
4years|,20,-15
1ield and|-14,,-11
6service|-12,-15
6was|17
5ing|,29
8 calls|,29
5work|-19
2fteen|12
7 minutes|19,-22
8years|,39,-16
4y|20,,-11
5 three|36
2gure by|,,34
7i|23,-15
8n|34
6s|,11,-23
7 the|,15
8you|,15
2le for|,-18,-13
5was|,-13
4s|,,-13
3l a|,,20
4ed|20,-13
6 internally|31
4ing|22,,-18
7 the|23,,-15
3ter|,15
2nal answer|,,34
6conversation|,,20
6decision|,,19
6interview|,-11
Fs|,15
6panel|15,-15,11
6rounds|,18
6year|-12
5ise|,13
8 things|,15
5ly|18,,11
7 letting|34,-13
4nce assistant|15,-15
8director|,,-19
8manager|,29
6ial analyst|,13
3d|,13
4 a|,24
6nother|-14,31
7yone|-12,39
6ttached|,-13
5it|17
5me|,29
6y|,15
7self|31
5out|30
5someone|17,31
5that|23
7e|,16,-13
5useful|17,15
5yourselves|,29
4ing|17
7 a|17
8it|31,,11
8someone|34
8the|15
7s|-17,,-14
4s the|,20
6you|-14
3e but|,-13,36
4st|,37
3ish|,,-14
6 it|,15
7my|,,-13
7the|,18
6ed|,,-33
8 first|,29
9my|,,-15
9the|,-21,-17
Aop|,29
6ing|-18,11,-14
9 my|-12
2rm and|,-26
5has|-17,,17
5in|-17
6s|,15
5that|,33
5which|,-13
4s|,31
5 have|,15
6told|,31
3st aid|-14,-19,-11
7nd|20,-13
6call|29,,-14
7hoice|-38
7lass|12,31
6day|,20,-15
6five|25
6in|-17,38,-14
6line|20,-13
6month|-22
6name|,15
7inety|,,-18
6of|-14,15,14
7ne|,,11
6paragraph|31
7reference|,-16
6quarter|,20
6round|18,-16,-11
6season|,-13
7hift|,29
7ix|-12
6ten|34
7hing|,,40
7ime|,,-11
7wo|,-16,11
6week|-21,28,-19
6year|,,-23
2sh|,13
2t and|,13
4for|12,,-11
4in|12
4out|12
4right|,29
4which|31
3s|,-13
3ting|,-13
2ve days|20
5minutes|28,-24
5stages|17
8r|,29
5weeks|13,-11,11
6orking|,,20
5years|,11
2x|-23,14
3er|,29
5 because|,29
3ing|,20
1lag|16,-19
4 that|17
4ged|17
3t white|,29
4tering|,31
3w|,29
4 is|,29
2eet planning|,-13,36
3w|,,18
3xible|-12,,-19
2ight|,,34
2ood response|,-13
4r i|,20
7'm|,29
3w|,,-18
4 i|31
2y|,,12
3 back|,,34
3ing|,-13
1ocus|,-14
5 on|,-21
5ed|,-13
2lder|,,25
3low but|,15
7me|,29
7the|-17
6ed|12
8 by|34
9me|,31
9up|18,,18
6ing me|,29
Aour|-17
Athe|-20,,-17
Aup|,,11
2nd|17
4 of|17
2od bank|-15
5hygiene|,-13
4s i|,-15
3tbridge|,18
4ing|,15
2r <n>|-15,,-13
4about|,-15
5dvice|,31
5ll|,,-14
5nswering|,15
6y|,-11,-13
5rranging|12,-18,-14
5ssistant|18
5t|,-16
4being|,,-18
5oth|,,11
5ut|,,-11
4calling|,,-27
5hasing|,,34
5onfirming|14,-18,11
4each|17
5leven|14,15
5ven|,-16,27
7ry|-12
9one|,,-11
4finally|39,-18
6ve|15,,-11
5ollowing|12
5riday|,,20
A's|-17
5uture|,,-18
4getting|18,-18,-24
5iving|-19,13
4him|17
5osting|,,-18
4informing|14,-11,-16
6terviewing|-16
7roducing|,11
6viting|,,-26
5tself|,39,-13
4keeping|,,-16
4last|-21
5etting|,,-11
5ong|-12,15,32
5unch|-17,14,-14
4making|-14
5ore|27,,-14
6st|21,,-17
5uch|31,,11
4nine|17
5othing|21,-18,12
6w|,,18
4offering|-12
5ne|,,14
5rganising|,,-15
5ther|20,,-13
5ver|,,20
4passing|,-18,-13
5honing|,,-15
4reasons|31
6ceiving|-12
6plying|,15
5inging|12,,-19
5unning|20,-18,-11
4seeing|,12
6nding|,-22
5howing|-11
5imilar|12,,-16
6x|12,15,-13
5o|20
6meone|,24
5peaking|,-25,-19
5taying|,15
5uch|,,-19
4telling|,,-26
5hat|13,-19,12
6emselves|,18
6is|,11
6ursday's|,,-20
5oday|-23,20
5uesday|,15
B's|-11
5wenty|25
6o|,13
4understanding|-12,,34
5s|,,17
4what|,,-16
5riting|17
4years|,15
6sterday|,,12
5ou|,,14
3ced|,15
6 to|,15
3ecasting|,,-21
B work|,-13
4man|,19
4ver|,,34
3get|-12,13,17
6 me|,,36
4ive|18,13
7 me|26
8the|17,33
4ot|-20,18,-18
6 to|-20,18,-18
6ten|,-15,38
9 about|,,34
3klift|,-25
8 licence|-14,-16,-11
3m|,,-16
4 email|17
5letter|25
4al|,-13
6ity|41
6ly|20
5t|-14
4ed|36
5r|,15,-22
6 boss|,29
7colleague|17
4s|,15
3tnight|,,13
9 ago|,13
Bnd|,,34
9ly|,-15
4unate|,29
4y|15
5 eight|,,36
6million|,29
8nute|37,-13
Cs|24
3ward and|,22,-11
8so|,,20
2und it|16,,-11
6my|,-13
6out|34,-13
5ation|,,-11
A's|,-13
3r firm|31
5hour|34
9s|12,,17
6undred|17
5interviews|31
5of|,13
5rounds|24,-21
5so|,15
6tages|12,-13
5times|37,,20
5weeks|-26,-11
5years|,,-11
4teen|14,,-15
8 years|25
5h|,,17
6 message|,,34
7round|31
7time|12,,36
1ramework|,,-17
3nk|,,11
5 discussion|-12,,11
6i|,,20
5ly|16,19,12
7 i|14,20,11
9t|20
8nobody|17
8the|12,31
5ness about|-17
2ee most|17
4lance|,,-16
4s|,15
4ze|12
3sh|,,36
5er|,18
7s|,29
2iday <n>|-23,-26
7about|-13
8fternoon|,-15,36
8t|,-15,38
7i|,,34
8'll|-12,-15,42
8s|,,18
7so|-22,-25,20
7the|-26
8o|,,19
6s|17
3end|12,,17
6 who|,,20
6ly|,,-18
6s|,,20
2om <n>|-22,-16,-31
5a|12
6bout|-17,-19,-14
6n|20
7other|-16,-13
5consideration|-12,-15
5day|,23,-14
5her|,18
6is|17
5last|-17,,22
5me|-25
6onday|,,11
5nine|,-15
6ow|,,20
5one|,15
6ther|,33
6utside|25,-13
5people|-12,13
7rth|,15
6une|17
5retail|,-13
5scratch|,15
6omeone|14
6peaking|,15
6tart|12
5that|,,-11
7em|,-15
7is|12,,-11
7ree|12
5week|,31
6hat|12,13,-16
7ere|25
6ithin|12
5your|12
5zero|,29
3nt of|13,-13
8fice|,13
3ze|,-11,-16
5 twice|23,-15
5n|34
2ustrating|,,23
1uel|15
2lfilling|31
A all|31
3l|,,-13
4 attention|14
5picture|,,-24
5time|13,,-17
5weekend|31
4er|,13
6 picture|,18
4y|,-15,-15
5 respect|-14,-13
2n|,18,-21
3 and|-12,33
3ction|-17,,-14
3ded|,,-11
4raiser|,18
3eral|,-16
7 arranger|,-13
3nily|,29
7 enough|,29
4y|31
2rther|-11
7 details|-12,13
9ocuments|-29,,-26
8for|17
9rom|-17
8i|,-13,-11
9nformation|-21,,-19
8questions|,,-14
8the|-12
9o|,,29
8you|-19,,-13
2ture|,,-24
6 and|,-15
8pplications|17
7candidates|42,-19,-13
7i|,,-13
8t|31
7openings|,-13,-14
9portunities|,,-11
7positions|15
Ats|12
7research|17
8oles|13,,-22
9unds|31
7vacancies|17,-15,-24
0galway|18
2me|12
2p|,,-20
3 was|14,,-13
3s you|,15
2rden|,,-17
2s|,12
2ther|18,,-16
6 from|31
7i|31
8s|,24
6ed|,29,20
2ve a|,,-15
5me|,,-11
5of|,-13,14
5the|-15,13
5up|23,13,17
5you|,,-11
1earbox|,15
2elong|,,-13
2neralist|-14,,-11
A position|,15
5ous|-24
8 and|,15
9with|-14
4va|,29
3omics|12
3tle|,,22
6 reminder|,,36
5y|19,,-15
6 point|17,11,-11
7say|31
8uggest|29,,-18
3uine|23,-15
7ly enthusiastic|17
Bxcited|-13
Afun|,13
Alike|15
Aopen|31
Athink|,33
Auseful|,-18,-13
2rmany|,15
2t a|,,13
5n|,-13,34
5t|17
4back|-19,-18,31
4in|,-15
4lost|,,36
4on|,,23
4round|,,34
4that|,15,11
6e|14
6rough|,-13
5o|,,-16
4your|,,14
3s|,11
3ting a|,24
8back|18,-19
8in|,15
8someone|,29
1hosted|,,36
1ifted|,29
6 student|,29
2g|17
2s|,-15
2thub|17
2ve a|-14
5it|-14
5me|-18,,20
5notice|,,18
5the|,12
8m|-15
5you|-16
4n|13
5 a|31
6how|11,,16
6i've|,29
7t|31
6that|18
8e|16
6up|,29
4s|,,-16
3ing|-11
6 a|17
7me|-22,13,-18
7you|,,38
1lad|,,-16
4 someone|20
5to|,,-17
5we|,-13
3ncing|17
8 at|17
3ss|12
5door|37
9 so|34
2ossary|,-13
1m|,29
1o ahead|-17,-19
4nd|-17,14
5other|-14,-16,40
3back|,13
3further|17
3in|,-15,11
3on|,15
4ver|16,,-14
3quiet|12
3sideways|,29
4o|,20
3with|,15,38
2d|,,11
3 bless|,,11
2es smoothly|,-18,-13
5to|17
5well|,-23,-15
2ing ahead|,,18
6smoothly|-15,11
6through|16,-19,-14
7o|13
2ld|-14,35,-11
2ne|,,11
4 another|,-16,31
5better|17
5elsewhere|,,34
5to|13,-27
5with|,,21
2od afternoon|14
6t|,22
5conversation|,,20
5faith|23,-15
5luck|21
5many|,29
7tch|,-13
5news|,,13
5part|26,-18,-13
5season|17
7nse|,-13
6hape|,18
6tart|-19
6ummer|12,-13
5things|31
8s|,15
5week|-21,14
9end|-20,,11
2t an|,,34
4crossed|20
4going|31
4it|18,-13
4lost|12,,14
4my|,12
4on|,,14
5ur|,29
4the|,15,14
5o|12,-13,14
2vernors|,,-13
1racious|20,18
8 about|31,15
3duate analyst|,,-16
9engineer|,11
9programme|,,20
9recruitment|,-18
Aoles|17
9scheme|,,-16
Atructural|,,23
Budents|-18,11,-15
8d|-12,22
9 top|,29
8s|,17,-14
7ion|,,-11
3nt writing|,29
5s|,-17
6 coordinator|,,20
7officer|,-21
3pes|17
3teful|,-11
8 if|,-19,18
2eat and|,15
6experience|,-13
6surprise|12
6to|-24
5ly|,18
3eted|17
3g|17
3w|,13,-16
2ill|,,-11
2ound|,13,-22
6 running|,16,-15
7up|,29
4p discussion|,18
6exercise|16,-11,-16
5's|,,-13
7 plans|,15
5s|-17,,-14
3ve|17
3wn since|,15
4th|,15,-15
6 marketing|,18
1st|,18
1uard|12
2essing|,-11,24
8 from|,-18,44
9the|,-15,25
4t|,,-18
5s|,22,-17
2idance|,,-17
4e|-15
2lf|,31
2ys|,15
0habit|,19,-11
5 of|,22
2d actually|,15
5lready|22,,-20
5nd|,33
6other|,,11
6yone|37
5sked|17
6sumed|31
5ttended|-14
4been|25,-31,-14
4clearly|20,-13
4given|,15
5one|,-16
4hoped|15,-15,12
4i|34,-13
5t|15
6s|,15
4made|39,-15
5e|17,15
5ore|17
5y|,,19
4no|,,27
6t|17
7hing|31
4prepared|20
4rather|15,,20
5eally|-14,-13
4seen|,20,-11
5o|,15
4that|18
6eir|31
6is|,29
6ree|,15
5o|,,-14
5wo|,35
4worked|,15
4your|34
3n't|16,,-12
6 been|31
7come|31
7had|34,-13
7seen|14,,-15
2le|17,,18
3f|,14,-22
4 an|36
6s|17
5hour|-12,13
5joking|,29
5of|,11,-15
5the|,27,-18
5your|17
4way|26,-15
7 through|25,-13
2nd and|,13
5drawn|,15
5holding|,31
4ed in|,,20
6ly|,35
8 turned|,29
4ful|,31
7 of|,29
4ing|,,20
4le|-21
6d|,,-23
7 the|,,-15
6r|,-15,11
6s the|-14
5ing|,,-20
4s|,,-28
5 on|16,,-23
3gar|,,14
4ing|,-15,46
2ppen to|,20
7when|17
6ed|,20
6ing|,,14
6s|,13,-15
4y|,,-12
5 to|,,-12
2rbourline|,13
3court|,,14
3d|16
4 feelings|14
6or|17
5not|36,-23
5on|,15,38
5to|21
4er|,12,12
6 than|,,14
8o|,18
5st|-14,14
4ly|41
6 seems|31
3low finch|12
8reight|31
3rowgate|12
3vest|,-19
2s actually|-15,39,-13
5lready|,16,11
6so|,15
6ways|-12,33
5sked|-24,18
4become|,29
4called|,,27
5hanged|,,-18
5ut|,-13
4decided|,-15,36
6scribed|,29
5one|,20
4given|-12,,11
5ot|,,14
5rown|,,-16
4its|,,-13
4just|12,19
4lost|,15
4managed|,31
5oved|-17,-13,14
5y|,20
4never|23,20
5ot|,,20
6w|,-13,19
4offered|-25
5nly|,,20
4passed|-14
5ut|,15
4reached|12,-13,25
5un|15,13
4said|-14
5hown|20
5tarted|,,-18
4taken|-12,11
5he|-12,,12
5old|,18
4worked|-12,39
3n't|-22,13
6 been|,,34
7changed|-14
7stopped|,31
2te|,,17
4 for|13,,18
5to|,11,17
2ul|20
4age|,-18
2ve accepted|,,-21
7tually|-12,33
6ll|,18
7ready|,23
7so|-14,,14
7ways|,22
6n|,-15,17
7other|,-22,22
6ppreciated|37,-15,-11
9oached|,29
6sked|,,-14
6ttached|,-25,-20
5built|-14,26
5called|,20
6hanged|17,-15
7osen|,,14
6opied|,-15,29
7st|31
5done|,11
5enjoyed|,-13
6verything|,-13
6xpected|34,-15,14
5finished|-12,-15
6or|,15
5given|14,-15,-13
6one|15,,14
6reat|12
5heard|12,,21
7lped|40,-16,-11
5i|,15,17
5kept|,,20
5let|34
6iked|15
6ost|,,14
7ved|,,-11
5made|,,-19
6ore|,29
5never|-14,40,-11
7ws|,,-14
6o|-17,,21
7t|,,20
8hing|,,34
8iced|,35
7w|,,20
5observed|,29
6ne|,,-15
6ther|,-13,40
5passed|,,-15
6referred|45,-21,-16
8pared|20
6ut|-12,-15,29
5read|21,,-11
7ceived|-18
6un|,11,-17
5said|,,-18
7t|12
7ved|47,-26,-21
6een|,13,-16
7veral|,-13
6hown|31
6omeone|,18
9thing|,,34
6pent|12
6tayed|-15
5taken|,15
6he|,,-15
8m|-12
7ought|,11,12
7ree|,15
6o|12,,17
7ld|,,14
6rained|,31
8velled|,,20
7ied|,15
6urned|-12,,22
6wo|,,14
5until|-14
6sed|,-15
5wanted|,,20
6orked|,11,-18
6ritten|,,17
5yet|31
6our|-20,,23
4n't|-17,,24
7 accepted|,-18
8had|-15,,31
9eard|-11,-31,45
8seen|,,34
3ing|,11
6 a|,,-14
8lready|,31
7come|,15
7led|,31
7now|23
7reflected|,29
7seen|,31
8lept|17
7trained|,29
1e|11,17
2 did|,15
3had|14,13
5s|,23,-11
3said|,15
3was|12
4ould|,15
2'd|14,26
4 never|,29
3s|,,14
2ad chef|-12,13
5office|15,15
5sommelier|,18
4ed|,29
6 but|,29
4hunted|,37
4ing|-14
4ship|,15
3lth and|,-15,11
7officer|,,-11
6care|,,-15
3ps|12
5 for|12
3r a|12
6bout|,,-13
6fter|,-13
6nd|12,18
7ything|,-13,40
5back|,-21,30
6y|,-20,33
5either|,,34
5good|,,-11
5i|,-13
6f|23,-15,-11
6n|,,20
5more|12,,-14
5next|,,20
5of|17,,-22
5so|17
7mething|-20,-24,38
7on|,,34
5the|13,-13
5within|,-15,40
4d|,-13,22
5 a|,,20
7nything|,-25,31
6back|,-18,45
7y|,-24,38
6from|,-11,21
6it|20
6of|,15
6something|,,34
6that|40,-16,-11
4ing how|-11,,-11
8it|,-19
8that|,,-13
Ae|-17,14
8where|,,20
8your|,,34
3ting|-12
3vier|,15
4y|,-15
2ctic|-12,,11
2ld off|,,23
6n|,,11
3en|,31
3lo|,,17
3p a|,-13,36
6nd|,-13
5desk|,31
5feeling|34,-13
5i|-12,,-13
6'm|-12,-15
6f|,,11
6t|,,14
5me|-15,-37
5noticing|26
5on|,-13
5the|,,-23
6o|,-24
5with|-13
6ondering|31
5you|,15
4desk|15
4ed|,,-25
6 if|31
7me|,,-16
7the|,15
8o|34,-13
4ful|,,-23
7 for|-18,,-15
8to|,,-17
4ing the|,-13
4s me|-12
6the|,19,-11
6with|-17,,-16
6your|,22
2nce|,-15,20
5 i|,-13
2r|14
3 and|,15
4career|17
3e and|,-13
5i|,,20
6s|,,-15
4's|-15
3itage|-15,,-13
2sitant|17
6tion|,31
1i|,13
2gh demand|,,34
5street|,15
4er|,13
6 executive|12
7grade|,31
5st|-22,46,-18
7 in|,35
4light of|,-21
5y|12
6 of|20
2llcrest|,,14
2m in|17
3self|,31
2nt|34
4ed|17,,20
2re|12
4 and|25,-16,-11
5for|12
5someone|,31
5you|,33
4d|,31
4s|,18
3ing|15
6 manager|25,,-13
7process|18
7team|17
2s|16,,-13
3 own|17,29
4phone|42,-16,-11
3tory|,,-22
2t|,,-20
3 the|,16,-15
1old|,,12
4 a|-21,,-18
5for|,,38
5indefinitely|,-19,24
5the|12
5up|,-13
5you|,,36
4er|,15
4ing|-11,,21
7 a|,13
9n|,,20
8i|,29
8the|,15
Aings|,,42
4s no|,29
3iday|,,11
7 so|,,20
7s|-19,-21
3lins|,15
5s|,-18,12
2me exercise|15
5in|-12
5task|17
5until|,15
4s|,-13
2nest account|17
8nswer|-12,12
7feedback|,,-11
7i|,13
8'm|12
9ve|,15
8f|,,20
8t|15
9's|20
7one|,29
7that|19,-13
9e|12,15
6ly a|18
After|,20
9be|,29
Aut|-14
9how|,,20
9i|,15,14
At|,15
9my|,,20
9rather|,,14
9that|,,-13
Bink|,29
6y about|-20,,-13
3oured|-17,,-11
8 to|-14
2pe all|-12
8's|-15
5for|,-13,20
5it's|,,14
5my|18,,-13
5our|,,-30
5that|11
9's|,-11,23
7ings|-27
6o|,,-15
5whoever|29
5you'll|,,11
9re|-14
9ve|-12
4d|,-17
5 for|11
6the|17,,20
7o|-15,-17
4fully|12,,-13
3ing|,-12,12
6 for|,-17
7it|,,34
7to|-29
2rn|,29
4 but|,29
2spice|-12
5tal has|,,14
9i|,18
9job|,29
9on|,15
8's|,-13
8ity|-12,11
B at|,,20
8s|,,11
3ting|,,-19
7 me|,,-15
2tel for|,,14
6in|,,-11
7s|15,15
5s|,22
6 in|,29
2ur|17
4 i|,-13
6n|31
5of|12,14
6n|20
5since|,,20
5went|36,-15
6ith|12
4s each|,,36
6into|,,20
6on|,,-13
6to|17
3se team|,15
4ing|,,-21
7 association|-14,,-11
8officer|17
8scheme|,15
2w a|28,-19,-14
4busy|-17
4calm|-14
6ndid|-15,12
Aates|36
5learly|-15
6osely|19
4i'd|,,-17
5t|15
4keen|,,20
4long|23,,19
4my|,,-15
4often|17
5pen|,,-13
4positive|12,-15,14
4quickly|-12,12,18
4someone|34
5tretched|12
4that|12
6ey|25,-13
6is|28
5o|,,-13
4we|-19,,-15
4you|,,-27
7r|-11,,-20
3ever|15,-24
7 i|13,-21
1r|12
2 advisor|,-13
3generalist|-12
3manager|31
3team|24
1ub|12,,-16
3 and|17
2ge|,15,23
2man|15
3bly request|12
2ndred|,,-15
2rry|-17,,-15
2sband|15
1yderabad|-14,,-11
2giene|,-13
0i accept|21,-11,-25
4tually|15
3dmit|12
3lready|-19,19
3nswered|,-14,-20
3pologise|,,-13
4plied|16,-18
6y|-12
3re|,,20
3sk|20,-12
5ed|21,-20
4sume|26,,12
3ttended|,-15,19
2believe|,14,-28
3ring|,39
4ought|-14,,-11
3urned|31
2called|20
4n't|,-15,18
5celled|,,34
5not|,-24,34
4re|,18
3losed|,18
3ome|,15
5pleted|,-25,-16
Aly|-14,-23
4nfess|14
4ordinated|-12,-18
4uldn't|21
2decide|-14
4scribed|-15,12,-13
3id|19,,-15
5n't|,,-12
3o|17
4ubt|,29,-11
3rove|20
2end|,15
4joy|-17
3specially|,,-24
3xpect|,,13
2feel|18
4ll|17
3ind|20
5ished|,,-19
3lew|,,18
4y|,,23
3orgot|-19,17,-18
3roze|,-13
3ully|-20,-15,-13
2gather|23,,-16
8ed|,29
3enuinely|,14,-15
4t|,11,21
3ive|,-13
3o|-15,29
3raduated|-12,22
4ew|,15
2handle|-12
4ppen|,29
4ven't|-15,,23
3ear|,-23,20
6d|12,-16
3it|,15
3old|,,-19
4nestly|,14,-13
4ped|,,-11
3umbly|,,20
2imagine|,11
3ntend|25
2join|,33
6ed|17
3ust|,-11
2known|34,-13
2lack|34
6ed|36
3earn|,-13
7ed|,,-18
7t|,,-16
5ve|,15,20
4d|-24,,-21
3ike|,11,-16
6d|,,-16
3ooked|,15,-11
4st|12,-13
4ved|-14
2manage|,,20
3ean|12
6t|-15
4et|34
4ntioned|-12
4t|17
3iss|,,23
3ore|,15
4st|-14
3ust|12
2need|-16,-12,17
4ver|15
3ot|12
5e|37,-13
5ice|,,20
4w|,12
2only|14,,-11
3utshone|,29
2passed|-23,-15,-22
3icked|,15
3lan|,-18,-13
6ned|18
3ray|,,20
4epared|24,-21,-16
5sented|,13
4omise|,14
3ut|28,-15,14
2ran|,,-11
4rely|,29
3ead|14
5rranged|,,14
4built|-20,15,-17
4ceive|17
5kon|-21,27,-18
4designed|17
4ply|-17
4quest|,-18,31
4spect|12,,-11
6ond|-14,-16,14
4wrote|12
2said|,,-15
4t|21,,-11
4y|,29,-15
3ee|13,17,-13
4t|,,-13
3hall|,,24
4owed|,31
3imply|-19,,-19
4t|,,11
3olved|,29
3pent|,,-19
4otted|,31
3tand|-26,,15
5rt|,20
4ill|17,-14
4ood|17,13
5pped|,-15
3ubmitted|18,,-13
4ggest|15,,20
4ppose|19,11,-28
4spect|12,18,-12
2take|13
3end|,38
3hink|,14,-13
4ought|-12
3old|,16
4ok|14
3ravelled|23,-15
4ied|-12,,14
4ust|,,16
3urn|,15
6ed|,,29
2understood|,-18,-13
3sed|,15,-11
4ually|,29
2valued|-20,11,-17
3ery|,,-15
2wait|,,14
6ed|12
4lked|23,,-15
4nted|-17
4sn't|15,-16
3ere|,,36
3ish|17,,-20
3onder|21,,12
8ed|-15
4rk|-15
4uldn't|,,14
3rite|,,11
1'd actually|17
5lso|,,-17
5nswered|,31
5ppreciate|,-31,24
5sk|,,45
4been|12,-16
5ring|-17,36,-26
4check|-20
5ome|12
4encourage|,,20
6joy|,-12
5xpect|,11
4find|,-16,-11
7ished|36
6t|12
4gently|26
7uinely|,,14
4had|,,20
6ppily|,15
6te|11,,15
6ve|20
5ear|18,-18,36
5onestly|,,12
6pe|,,-13
8d|13,-21
4imagine|,22
4just|,,12
4love|-12
4most|-17,,-11
5uch|-27
4need|-17,,24
6ver|,15
4only|28,,-13
4prefer|-15,,12
4rather|,,11
5elish|,15
4save|,18
6y|,29
5imply|,-13
5uggest|17
4try|,,34
4value|-15,-20,-15
5ery|-18
4want|,,-11
5elcome|,,-30
2ll|,,11
4 accept|,-18,25
6dmit|11
6ssume|,,32
5bring|,33
5call|,,36
6onfess|15
5do|,-15
6rop|,,34
5expect|,,40
5follow|,,25
5give|-22,-25,29
6o|,,34
5have|-23,,11
6old|,,36
5just|12,12
5know|20,-15,11
5land|,33
6eave|14,17
7t|,20
6ook|-12,-15,25
5make|-15
5need|-25,-16,43
5phone|,,34
6op|,,38
5ring|,-13,40
5say|,,-11
6end|,,11
6hare|,15
6ign|,-13,36
6top|,,34
5take|,,22
6ry|,,20
5work|-17
2m a|14,,-24
5fraid|,,16
5lso|-15,,-13
5round|,-13
5ssuming|20
5ttaching|17
5vailable|-14,15,-14
5ware|-17,14
7y|,-13
4beginning|23
4capable|,29
5hoosing|,31
5omfortable|-12
6nfident|-26
4delighted|-22
5isappointed|,,-14
4excited|-16,,-13
4fairly|-12,37
5inding|31,,11
5lexible|-15,,-13
4giving|,,40
5lad|,-16,-15
5uessing|,,26
4holding|,,36
6nest|15,12
Aly|23
6ping|,,32
4in|,12,13
4keen|-11
4leaving|,,36
6ft|34
6ss|34
5ooking|-19
4more|,15
6st|,,-13
6ving|-12,-15
4no|,,23
6t|12
6w|12
4off|,,34
5n|-21
6ly|,15
4planning|-12,-15,11
5robably|,29
5ulling|12
4quite|,31
4rather|,15,20
5eally|-31,11
6newing|,,34
4sorry|,-13,-21
5tarting|,,17
6ruggling|37
5ure|11,,14
4taking|-12
5elling|,-15
5he|-16,33
5old|,47,-18
6o|34
5rying|,-15
4up|,15
5sed|-18,13,-15
6ually|-12,33
4very|-15
4working|-17,,-11
5rong|,,34
2ve accepted|,,-26
7tually|,29
6dded|,-13
6lready|-11,,14
7so|,,20
6ttached|,,-11
5been|-11
6ooked|,,20
6uilt|,19
5checked|,,14
6ompleted|,-13
7pied|12,,23
5decided|,-11,-13
6one|,13,-17
5emailed|,,34
6njoyed|16,-19
6ver|17,33
5finished|-15,-20,-17
5given|23
6ot|-20,,20
5heard|,-18,22
7ld|17,,18
5kept|,11
5led|-12,,-11
7ft|,-13,36
5managed|,13
5never|,17
6o|,29
7t|,,20
8iced|20
7w|,,18
5pasted|,,36
6ut|,,14
5received|-18
6un|,11
5sent|,-15,18
6pent|,,-13
7oken|20
5taken|20,-18
6hought|,,-14
6old|,-13,18
6urned|-19,,18
5worked|,14,-17
1cu|-19,14
1dea of|-12
4l|15,12,20
5 candidate|,20
5ly|,-16,20
1f a|,-15,-25
4n|-12,-15
5other|,,-28
5y|-15,,-29
6one|,23,-15
6thing|,,-12
4t|,,34
3helpful|,-15
3i|,,15
4'd|,,14
5m|,,13
5ve|-12,,38
4t's|-14,-11
3many|,29
3needed|-14,,-14
4ot|,-19,11
3so|15,-21,12
5meone|25,-20,12
7thing|17,,-19
3that's|,-19
5ere|-12,,-11
8's|-12
6y|,,-13
5ings|,,-16
6s|,,18
3useful|-11,,-17
3you|-13
6're|-30,-16
7ve|,-13,19
6r|,,-22
1gnore|,,14
1magine|,13
7 how|12
8i'm|,29
8the|,12
8you|,15,11
6g|,11
7 pipeline|,15
8suite|,,11
2mediately|-14,,31
B as|,,36
Cif|,,36
3odest|,31
8 but|,29
2plementation|,,-11
3ortant|,22,-11
3ressed|-13,,-19
9 by|,,-17
7ion|25,-25
A of|12
Bthat|34
8ve|,13
A and|,13
4ove|-27,-18,-23
7 for|-15,-15
7ment|,15
6ing|,-15
1n <n>|-24,,-22
3about|-20,12
4dvance|12,,14
4fter|12
4gain|-11
4ll|12
4n|,16,-14
5other|-15
5y|,13,-14
4pril|,-18
4t|14,-15
3being|,15
5tween|12,-13
4oth|,,-14
4ristol|,-15
3case|-12
4ontact|,,-17
5rk|,,20
3daventry|17
4etail|,15,-14
4oha|,,34
4urban|,18,20
3each|-12,,-11
5rly|-22
4ighteen|,18
4leven|,22
4very|,31,14
3fact|14,13
5irness|-13,,-20
4ebruary|,-18
4ifteen|,15
5lling|20,-13
5nding|15
5ve|,,-11
4or|-13
5ur|-15,12
4rom|12,,14
6nt|16
4uture|,,-21
3geelong|,-13
5neva|,29
5rmany|,15
4othenburg|,15
3half|,31
5nd|,,20
4elping|12,-13
4igh|,,18
5s|-15,39,-13
3i|,15
4ts|,16,-13
6elf|-12
3january|,-11
4oining|-14
4uly|20,-13
5ne|-17
3lagos|18,,-11
4imbo|,,34
5sbon|,,14
4ondon|,15
4yon|,18
3manchester|,,-14
5rch|,-12
4e|-12,,12
4ore|,,-17
5st|,18
3now|,-13
3our|-20,15,-17
4ver|,18
3particular|,,-23
4erth|-14
4lace|,-13
3reception|20,,-13
5turn|,,20
4iyadh|,15
3sales|17
4henzhen|,29
4o|-12,,14
5me|,18
4pam|,,27
4uspense|,,36
3that|,-24,-20
5eir|,,-17
5irty|12,31
6s|,11
5ree|,11,-15
4ime|,,20
4o|14,,17
5wn|,,14
4wenty|-15,29,-13
3under|,28
3well|,-11,-19
4hich|12,,-11
4ith|,12
4orking|-15
3years|,19,-11
5sterday|,15
2box|-17,,27
5 again|,,34
7nd|,15,14
6every|-12,-15,42
6is|,20
2cident|,14,-11
3luded|18
7s|,-13
6ing|,,-16
9 a|12
Amy|,-13
Athe|,12,-19
3onvenience|-20,,-17
2deed|,15
4finitely|,-27,35
4pendent|,,-11
3ication|-19
A of|-17
3ustry|,20
2form me|,-15,18
7the|,,20
6al|18,-13
8 chat|34
7tics|,-13
9on|,,-11
B about|20
Ci|,-15
Cyou|,-16
6ed that|,,20
6ing|12,-11,-11
9 me|13,-11,-11
3rastructure lead|,29
2jury|,-13
2side|,,-18
6 wireman|,-13
4ght|17
3pection|-12
7or|,29
9s|-12,33
4iring|-12
3tagram|,,14
5nt|,,11
7 i|,,14
4inct|,15
5tute|,,-14
8ion|,20
4ructional|,-13
3urance|-15,-18
2take|,,-24
3egration|,-15
4nd|21,,14
6 to|21,,14
6s|17
7 to|17
5sive|,15
9 care|,15
4rest|-16
8 from|,29
9in|-28
9of|-13,-29,-23
9so|,,36
9which|,,34
8ed but|,,31
Bespecially|-14
Bparticularly|-17,,-14
8ing|,,-19
B to|,,-15
8s|,29
5im|17
5nal|18,-12,-27
8 applicant|37,-16,-11
9candidate|19,-24,-19
8ly|16
6ship and|,15
Ct|-14,-16
As|,18
5rupted|15
5view a|17
Bfter|20,-13
Fwards|,,-11
Acan|,31
Aday|17
Bid|,,20
Aelsewhere|,,20
Afell|,-13
Dt|34
Brom|-19,,18
Ahas|20
Ai've|17,,18
Bn|12
Btself|26,-20,-16
Amr|31
Anot|17
Aof|,11
Br|-15,-18
Aquestions|31
Arather|31
Ascore|17
Bo|,-19,11
Btarted|12
Athat|11
Ce|20
Cough|37
Cree|12
Bo|17,,20
Cday|-19,11
Awas|15,-13,-12
Bent|20
Bhen|31
Cich|16
Ayesterday|-13
Bou|15,-18
9ed by|,29
Cwith|,,12
Ar|40,-19,-14
B joined|31
Cmade|34
Cwas|31
Dho|34
Bs|23,,-11
9ing for|18
Dme|-16
9s a|31
Cnd|19
Bfor|,,-11
Bi|36,,19
C've|,15
Blast|,13,14
Bover|,,20
Bwere|34,-13
Chile|,,34
3o a|-12
6ccount|39,-18,-13
5it|12
5this|,,23
3roduce|-12,20
9 me|,31
9d|,,-14
A me|,18
8ing|-12,11
B me|,11
2ventory|-20
4sted in|,,11
6ment|23,-15
A on|17
3itation|13,,-17
A i|31
5e|12,-13
6d|23,,-18
7 to|21,,-11
5ing|,,-26
8 me|,,-26
3olved|,-12
7s|,-19,-11
1s <n>|-15,-18
3about|,,-11
4ll|-14,-15,27
4n|,-18
5y|-13,,-19
6thing|-21
4s|12
4ttached|12
4ware|,,20
3back|,-18,14
4ecoming|,,36
5ing|16
5low|-17,18
4rief|,31
4usy|,,23
3coming|,15
6plete|17
Bly|,,18
5rrect|31
3difficult|23,,-13
4oing|,-18
4ue|,,25
3easier|-14,,14
4ver|17
3fairly|,31
4inal|17
6e|-12,-16,11
4rankly|31
5iday|,,20
4ull|,15
3genuinely|,-13
5tting|,,34
4ood|15
3hard|24
4elpful|-12
4olding|,-13,36
5nestly|,,20
5w|25
3impressive|,29
4n|,,12
4t|,13
3lovely|31
3made|,,20
4eant|15
4ore|-17,15
5stly|15,13
4y|-28,-30,20
3needed|-12
5xt|,-15,12
4o|,,11
5rmal|,15
5t|19
5w|,,12
3one|,,-18
5ly|,13
3pitched|,33
4ossible|-13,-15,-21
4robably|,19
3quite|15,-15,20
3rather|,33
4eally|,,14
5garding|-15,,29
5quired|,18
4ight|-15,12,-17
3simply|,,-11
5tting|,,20
4ome|,,11
7thing|,,-12
4tarting|23
3taking|,,40
4hat|,14,-24
5ere|,-12
5ree|-12,-15
4o|-12,,20
4reated|17
3unusual|,31
4p|,,14
4seful|,,-21
5ually|-12,13
3valid|-12,-15,-11
3waiting|,,34
4hat|,,-18
4ith|,-15,25
4orth|12
3your|20
2n't a|,16,-14
6good|,,34
6often|,20
6possible|-15,,-14
6something|,15
6the|15,,-13
7oo|,-13
2sue|,,-11
5s|,35
1t a|13
4gain|14,-13
4lready|17
4rrived|31
4t|,,-12
3be|-16,-16
5came|,15
7use|,,-15
5fore|,-18
5st|,-13
5tter|-15,24,-13
4y|,-19,29
3can|,,20
6't|,15
4lear|,15
8ly|17
4omes|-15,,-13
5uld|25
3deserves|,18
4id|,,-15
6n't|,,-19
5fferently|31
5rectly|,-13,14
4oes|24,-13
7n't|-12,-15,12
5wn|,,11
3even|12
6r|,15
3fair|,20
7ly|12,29
4elt|21
4irst|,15,20
4rom|13
4urther|,-13
3gave|,,-13
4oes|,,11
5t|20
4row|,,20
3happens|,29
5rd|21
5s|,,14
4elpful|17
5re|-14,18
3i'd|-12
5m|,13
4f|,-13,12
4nto|,,14
4t|,29
3looks|,15
3makes|,-21
5y|12,,-19
4eant|,,-13
4ight|20,-15
4ore|12
4y|-14
3needed|31
3only|,,-16
4pens|,-13
3passed|,29
4lainly|,13
4roperly|,,-11
3reached|,,20
6lly|,-16
3saves|,15
5ys|12,12
4eemed|14,,-13
7s|22,12
4howed|23,-15
7s|,11,-13
4ince|,,-11
4ooner|17
5unded|,-13
8s|,-12
4tarted|31
5ings|17
4upport|-18,,-13
3takes|,-13
4hat|-21,-12,36
5e|12
5is|-12,,14
5rough|-21
4oday|-12,,20
5o|17,,18
6k|15
4urns|,15
3until|,,34
4p|-19
4sually|15
3wants|31
5s|,,-12
6n't|,-26,-22
4ent|12
4hen|17,15
5ich|12
4ill|-19,14,11
5th|,,-16
4ork|,,11
6th|,18
5uld|,-14
8n't|,-13
2'll|12,-13
3s been|-34,,11
5clear|,15
5difficult|25,-13
7sappointing|,-13
5easier|-15,-18,29
5fair|-17,17
5good|,-13
5hard|25,-24
6elpful|,,-11
5just|,,11
5now|-12,-18,42
5only|,,38
5probably|,18
5rare|,17
5simply|,,20
6till|,-13
5the|,11
5useful|,-13,-28
5worth|13,,-25
5your|15
2em|34,-13
2s annual|,15
4best|,15
4people|31
3elf was|,-13
1yer|-15,12,-13
0january|,-13
7 and|,-15
2panese|,-15
2va|,,14
4 developer|-12,,18
1ob advert|40,-13
5s|,-13
5t|,13
4description|24,,-17
4for|-12,24
4i|12
5'd|,15
5n|,,-18
5s|18,-18
4on|-14
4so|,13,20
4talk|-17,14,-13
5itle|12
5o|20
4was|29
5hich|17
2hannesburg|,29
2in|-13
4 a|14,-15
6nd|-14,,11
5the|-16
5you|-27,11
8r|-19
4ed|20,-14
6 late|31
5r|,15
6s|,15
4ing|-11
7 you|-21,,-17
Br|-17
4s|,-15
5 you|,-13
4t|-12
2ke|-14,22,-11
4 that|,15
4s|,13
5 that|,29
3ing|,17
2urnal|,18
5ey|31
1udge|32,-21,-16
5d|23,,-13
5ment|23,13
4ing|25
7 by|23
2ly|,-15
4 and|,-13
2mp|-12,,34
2ne|-14
4 and|-18
6t|,,14
5so|,,-13
3ior accountant|-14,-16,14
8nalyst|,-16
7content|,,20
9pywriter|-17,-20,12
7data|,,-13
8esigner|-12,,11
7sous|,18
2st anyone|,29
6s|,,-13
5been|,22,23
6umping|,,36
5circling|,,34
5didn't|,,-11
5emailing|,,-11
5following|,,14
7r|12
5gently|,15
5hope|31
5let|-21,-12,19
8ting|,15
6ike|,-18,19
5mention|12
5named|,29
6eed|,,23
5rather|,-13,23
5say|,26
6ending|,-13
6o|-27
5tell|,,36
6ouching|-15,-18,12
5want|25,-13
9ed|-14
0k|,18
1afka|,15
2veri|,-13
2ya|,29
1een so|,15
5that|,15
7e|12,-13,20
4er to|-20
3p a|,,13
6pplying|20
6sking|,18
5coming|,11,-13
5doing|-14
5everything|,,34
5following|-18,,-15
5in|,,-21
6t|,13
5looking|,18
5refreshing|,,34
5telling|,15
6hat|-15,,21
7em|-12,,29
7ings|-12,,25
9king|-12,,11
8s|-12,,11
5up|12,24
5waiting|,-13,36
6ondering|,,34
7rking|,-19,-11
5you|-23,,-20
4ing me|,,-19
8the|-14,,-11
8well|-16,,11
4s|,11
5 telling|,31
2pt in|,,-18
5me|-14,,-11
6y|,,21
5the|12,,-11
7inking|-12,13
5waiting|,,27
2y|20,-13
3note|,35
7 at|,29
1ids|-15
2lometres|17
2nd about|-12
5consideration|-15,,18
5email|,,-15
5message|,-13
5note|,,-17
5response|,,20
5to|,,-13
4er|20,,11
6 to|34,,14
4ly agreed|-12,-15,-13
7clarify|34
8onsider|,,20
7do|,,34
7expedite|,-13,36
7for|,31
7keep|,-20,-15
7let|-16,,-13
7note|,14
7request|,,20
9vert|-19,-21,48
7share|,,20
7treat|,,14
7update|12
2sumu|,-13,14
2tchens|,29
1new|12
4 the|25
2ow a|,15,11
6bout|,,-12
6nd|,,-15
6s|,15
5before|,,11
6y|-24,-27,36
5either|-14,-18,44
5from|,,-11
5i|,11
6'd|,20
7ll|-14,,14
7m|-23
6f|-16,,-16
6n|-21,,-18
6t|14
5my|-15,,-13
5now|,-13,23
5one|-14,,31
5personally|,-13
5soon|,-13,36
5than|,-13
7ere|23,-15
8se|-15,20
7is|12,-15,18
6oday|,,36
5was|,-13
6hen|,15
8re|,,17
8ther|,-29
7ich|21
7o|34
7y|37
5you|,15
8're|-12,,22
8r|-13,-11
4ing|,-11
7 how|17
8so|,,20
8where|-15,,-13
4n|17,,-20
5 before|31
6how|17
4s|,,-22
5 the|,,-16
1umasi|17
0lab and|-15
4manager|-19
4technician|,-22
3's|-14
5 work|-12
3oratory technician|-15
2ck|18,,-13
4 is|34
5of|,,-13
4ed|40,-13,-11
4ing|31
2ds|,15,-16
4 on|,29
2gos|,11
5 and|,15
2keside|,18
2mb|-15
3p|,15
2nd|,27
4 on|,37
4ed|23
4ing|,,20
4lord|-15,,32
8 i'll|,15
9wants|,,36
3e|-12
3g|,-13
4uage|,-20,-15
8s|,18
2pse|,,20
3top|25,-13
2rge|,,-18
5ly|,,-15
5r|,24,-13
6 than|,29
5st|-15,27,-13
7 deal|,29
2st <n>|,-15,11
5company|-14,17
5email|-12
5five|31,12
6riday|,-12
5manager|,29
6inute|23
6onday|-15,,18
5night|15,12
5role|12,-16
7und|,,20
5spoke|,12
7ring|,14,-18
6tage|17
5three|,11
6ime|17,,23
6uesday|,,11
5year|-24
9's|,15
4ed|36
6 fifteen|31
2te|12
4 and|43,-22,-17
5so|17,,11
6tart|20,-13
5to|17
4r|,-16
5 i|12
7n|,-20,-15
6than|,,34
8is|,-13
4st|-13,-12,42
6 by|,-13,40
7so|,,34
3in|,18
5 america|,29
2ugh|17
5ed|31
3nch and|,13
6ed|,24,-13
7s|,15
2w|,13,-13
2yout|,,-13
1ead|,,-13
4 it|,29
5job|17
5pharmacist|17
6osition|,,-23
8t|,15
5the|,,-13
4er role|-17,,-14
6s|,17,-13
7hip|,11,-18
4s|,-19,-13
3gue|,18
3k|,29
3n|,33
4 on|,29
3rn|,,-15
5 a|,13
7bout|-15,,-13
6from|,-11
6it|12,-16
6the|,,-14
6your|,-13
5ed|,,-21
7 a|,,-17
8something|17
6r|,15
7s|,18
5ing|,,-11
8 designer|,,14
9how|-22,-24
5t|,,-18
6 a|,,-17
3se|,,16
5 in|,,20
4t|13,,12
5 a|20,,18
6have|31
6i|23,,18
6one|17
6sure|,-13
6the|,-13
3ve|13
5 a|,29,25
7nd|21
6for|17
7rom|20
6it|15,,12
6me|,,25
6them|,18
8ings|,-13,36
6you|,13
5s|21,-15,27
6 me|,-13,23
7people|31
4ing a|12
8it|31
8so|,,34
2cturer in|12
8s|,18
2d|,,-30
3 a|-12,13
4the|-12,,-22
5o|36
5wo|-12
3ger|15
2eds and|-12
6office|12
6so|,,20
2ft a|,,27
5before|17
5even|,-12
5feeling|,12
6or|,15
5in|,15
5me|14
5the|15
5waiting|,,25
6ith|,,-13
6ondering|31
5you|,-13,27
2gacy|-12,,-13
4l|-14
3end|,15
2icester|12,,-11
2nders|,15
4ing|-12
3gth|,-16
2ss|11
4 sure|23
5than|23
4on observation|17
7to|,18
2t|-12
3 a|,,20
4candidates|12,-13,14
4go|34
4me|-13
5y|,,20
4the|-12,20,11
4you|-18
3's|,13,25
5 be|,29
3ter|14,-14
6 about|,-24,-20
8rrived|34
7from|,-13
7i|,15
7was|31
8ith|17
6s|,,20
4ing|,,-11
7 me|,,-11
2vel|,14,-13
5 <n>|-18,-24
6and|12
6of|-15,39
5s|,20
1iberty|,15
7 of|,15
3raries|-12
6y and|12
9ssistant|-11,-24
8service|,-18
2cence|-12,-12,-25
7s|,29
5sed|12,-13,14
2es|12
2fe|,,25
4 and|,15
5on|,-13,40
3ting|12
2ght|,,-11
2ke a|12
6nd|,15
5i|12
6t|,,20
5me|,20
6ine|-14,35,-11
6y|-14
5someone|17,-15
5that|,14
7em|,,20
8y|17
5you|12
8r|20
9s|,15
4d|,,-11
5 hearing|,11,-17
6my|,15
6that|-15,22,-11
7o|15
6very|-15,,-13
6what|,14
6your|,20
4ly before|,-13
7outcome|31
7to|17
4s|,15
5 to|,15
2mbo|,,34
3it|,,14
5ed|13,-20
5s|,-15,17
6 and|,,20
2nden|,,20
4qvist|,31
3e about|31,-15
6nd|,14,-14
5by|,,34
5email|39
5of|20
6n|,-13,18
6r|12,-13
5reply|,-15,22
5to|,,20
4d|18
5 up|18
4s of|,,20
3k|,,-24
4 i|31
6s|,18
5to|12,-16
4age|17
4edin|,,22
8 and|-12,,44
2st at|,15
5but|,,20
5next|,29
4ed|17,,-20
6 and|,15
8s|31
7in|20
5n|17
6ing|12,-13
6s|,15
4ing|18,-19
4s|34
2teracy|,,-11
3igation|,18
3tle disappointed|,-13
7hard|34
7more|12
7over|-12,,12
7puzzled|36
7rich|31
7sad|-14,-16,-11
8ooner|,,25
8urprised|37,,-11
7to|12,-13
2ve|,,-15
4 coding|20,-13
5up|,15
1oad|,,-15
4ing|20
3n|,,11
2bby|,20
5 and|,29
2calisation|,-21
3um|,,20
2dge|,,14
4ing|31
2g|-17
3ged|20
3istics and|15,,-11
Bs|,15
Acoordinator|,-13,11
Aplanner|-12,-15
Ateam|,,20
2ndon|-14,15,-14
3g|,,16
4 and|,-13,23
6s|-14,,18
5i|12,-13,14
5process|,-20,-15
5so|,,38
5the|,,20
6ime|,,24
5way|31
6hile|,29
4er|,,13
6 than|,,11
2ok a|17
6t|22
5forward|,,-13
5like|,15
5out|,-13,14
5rather|31
4ed|15,,-11
6 after|-12
8t|25
4ing at|18
8back|12
8for|16
4s|,11,-18
5 like|-12,13
3mwell|,29
3p|,13
2se|,-11,31
4 me|,,31
3ing|,,17
6 me|,18,14
3s|12,,-14
3t again|,,34
5in|15
7terest|,,40
5on|,,20
2t from|,,-26
4on|20
5ut|12
4to|,-13
4watching|,,-14
2ud|,18,14
4est|31
3nge|12,-13
2ve an|17
5the|-15
4d hearing|-29
7ow|-12
6seeing|-12
4ly|,11
6 and|20
7interview|,,34
7to|-23,16
2w|,20
3er|19
5 than|37,-13
4st|,20
1uck|25,,-18
4 filling|37,-15,-11
7nding|34
5with|24,,-14
4y|,13
5 to|-17,,-11
2ke's|-12,13
2nch and|-14,12
6with|-14,15,-11
5time|,,25
0ma'am|-12,-13,23
2chine|,17,-11
2d|,29,20
3am|12,12,34
3e an|,13
5before|39,-15
6y|,-16,14
5it|,,-22
5my|-12,-15
5up|44
5within|,,34
5yet|,-13,23
6our|,18
2gazine|,15
2il|20,-25
4 and|36,-15
5regarding|20,-13
4box|,,20
3n|,,-18
4ly|,,-16
6 because|,-13
4tenance electrician|,,12
Cplanner|14,-18
Eumber|,15,-13
2jor|,24,-14
2kati|,,20
3e a|-14,-11
6ll|,15
5me|12,,13
6y|-22,-23
5one|,,34
5sure|,,18
5that|,,14
7ings|,-13,23
8s|-15
5your|,11
4s complete|-21,-20,-15
6it|,,14
6me|15
7y|,,34
6sense|,-13
3ing the|,-13
2laria|17
3e|31
4 candidates|31
2n|37
3age a|,,11
7to|17,,25
6able|,,14
6d|,12,-13
7 in|,29
8to|23
6ment system|,15
6r at|,12
8described|,15
9oes|20
8has|-17
8i|,,14
9n|,18
Aterview|14,,-13
8job|,11
8that|,,23
Aere|,15
8was|31
7s|,22,-12
8 for|,31
5ing director|17,,34
3chester|,,-18
3ila|,18
3ual|,18
6 your|,29
3y|,13
4 applicants|,20
5more|,,20
5of|,26,-20
5people|,20,-15
5times|,22
2rch so|,-13
4us|,18
3gin|,18
3ina|-14,,-11
5e|,,24
3ked|27
6 down|39
5t for|,18
7is|,,14
7values|,35
6er|,18
6ing executive|,,11
Ainternship|,,20
Alead|20,-13
Ateam|,15
6s|-12
4ing|20
4s|20,,-13
3sh|-12
3tin|17
2ss|,15
3ter|,13
6's|,11,-16
2tch for|,-15
6is|31
7t|,,34
6the|31
5ed|,13,-14
3e|37,,36
3hematics|,29
3ron|,,14
3ter|,,11
6 as|,,36
7is|,,34
7of|,15
6ed|36
8 more|34
6s more|,29
8to|,-16,14
2y <n>|,-13
4add|,15
5nd|,-12
4be|,,-17
4find|31,15
4i|21,-14
4know|,29
4offer|34,-13
4require|,-15
4say|,29
4take|12,,-11
5he|17
4want|23
3be|15
5 i|,18
7t|20
6the|20,-13
1e across|,15,-11
4fter|,24
8wards|,15
4gain|,20
4ll|,,20
4n|-26,,17
5ything|,,23
4round|-17
4s|,18
3back|,,11
4e|,,14
5cause|,,20
5tter|,20
4ut|-14
4y|-24,13,17
3daily|,,34
4ecide|-18,-18,-13
4irectly|,18
4own|15
4uring|,,-17
3even|-11
6ry|-17,,33
8thing|34
3feedback|20
6l|,,-11
4irst|,,25
4orward|17
4rom|,12
3given|17
4o|,15
3have|,,14
3i|,15
4'd|17
5ll|17,15
5m|,35,-11
4nformed|-12,,-13
4s|-15,16
3keener|-14,-13
3many|,29
4ore|,,-23
4y|14,27,-16
3next|17
3of|12,-13,-14
5f|14,-18
4ut|,,12
3personally|,,-12
4lan|,-21
3rather|13,,-11
4egret|,,34
3saying|17
4ince|,-19,12
5x|17
4uch|-23,,-23
3take|,15
4heir|-12,33
6y|,33
5ink|,,-11
5ough|20
4oo|,15
4wice|26,,11
3understand|,,-11
4p|,28
3very|,-13,-11
3waiting|,,42
5s|30,,-14
4ell|-18
4hat|14
5en|,17,-14
6rever|,33
6ther|,-16
5ich|,17,-15
4ill|,29
5thin|,13
7out|12
4onder|45,-23
5rking|31
4riting|,-13,20
3you|,,20
6r|,-18,42
7self|,-16,-11
2al|,29
3n|,-12,20
4 a|,-22,26
5that|15
4s i|-19
4t|12,,-11
5 a|,,-15
6for|,,20
6to|15,,-18
5ime|-24,,-20
8 i|-15,-18,-13
A've|-12,12
3sured|20,-13
6ing|34
2chanical|-18
A design|-14,,-11
2dicine|-14,15
2et a|,26
6gain|12,-13
6nd|31
6t|-12
5every|34
5ms|,15
5with|-12,13
5you|,,-21
8r|,,-11
4ing and|,15,11
8candidates|17
8on|,,11
9ther|,29
8this|,15
8your|,,-17
4s|-19,-11,14
2hta|,31
2mber|19,-15
6 of|,-15
7who|39
6s|14,-11
2nsah|,,20
3tal|,-13
4ion all|,29
8because|,-13
8in|,29
9t|,,-16
8one|17
Aly|,35,14
8the|12,,-11
Ais|,,-11
7ed a|-20,,13
Bt|,-20
Ahas|,29
Ai|-23
Bn|13,-23
Bs|,15,-14
Aon|12,-20
Athat|-20,,-11
Awas|,-19
Ayou|,,-18
7ing|20,-13
7s|12,-22,-18
8 that|,-13
4or|12,15
6ing|-12
3u|-15
2rchandiser|,,20
4y|,,20
3ger|-14
3it|26,-13,-13
5 pool|17
2ss|,31
4age|11,-18
7 about|21,-21,-17
9nd|12,-12,-25
8from|12,-13,20
8on|,-13,23
8with|,,34
7d|,,24
8 me|,15
9you|,,40
7s|,-23,28
8 so|,-13,36
2t a|,29
5nd|31,-13
5t|17
4every|36
4in|12,-13
4the|,,-13
3hods|,,-19
3ro|,15
1ichael|17
3robiome|-14,-16,14
A project|,,20
2d level|31
4sentence|34
3dle|,-11
3lands|,,12
3west|,18
2ght come|-14,,-11
6have|20
7elp|,,-14
6like|-14,,-14
3ration at|,15
Aof|,18
Aproject|14
2les|,15
3l|17
4ion|,12,-22
7 for|17
4s|,15
2nd all|31
6nd|,,18
6s|,15
6t|,,20
5for|,,-17
5if|,,-18
5when|,-13,14
4s|37,-13
5 before|31
3e|,11
4 is|,14,14
5to|31,,20
5was|,15
3ing|,,-13
4ster|,29
6ry|,13
8 has|,15
3ute|19
6 and|12
7chat|31
7slot|31
7to|17
7wait|31
6s|14,-11
7 and|16
9t|-23,-25,-20
8i|,,-13
9'd|,-18,-13
9n|20,,-11
9t|31
8late|24
8of|12,-13,14
9n|14
8so|,18
8that|34
9o|,,-13
8was|17
9ith|31
2s|,-13
3 picks|,-13
3ery|,-13,36
3s|-19,,21
4 out|,,23
5you|,,34
4ed a|,31
7what|31
4ing|12,,-11
5on|,18
3take|44
7 and|34
2x|,11,-14
3 of|-12,26
3ed|34,-18
5 up|31,-15
1obile|-26
2del|,,-15
5 and|12
6i|,31
5ling|,,-22
4st|,22
3ules|,-16,-11
2isture|,-13
2ment so|,,14
2nday|-12
6 <n>|-14,-16,-11
7and|-12
8s|,,23
7for|-14
7i|,-13
7morning|,,29
7so|-14,-18,30
7the|12
8o|-15,,12
7until|,,34
6's conversation|-12
3ey|-17,14,11
3itoring|-24
3ograph|,29
3terrey|,15
4h alone|,31
6end|-15,,-12
6i|-14
7'm|,,20
6notice|-14,-16,-11
8w|,-13,34
6of|,,23
7n|,15,18
6since|,-15
7o|-14,-11
6to|-15,,17
5's|,-16,-11
5ly|-22
5s after|17
8t|,15
7i|,,20
7which|,29
2re about|,,-11
5candid|15,15
6omplex|,29
7nvinced|,24
5days|,,20
6etail|,,-18
5eager|-15,,12
6nthusiastic|-14
6xcited|-20
7perienced|31
5for|-15,,21
5hands|20
5in|31
7formation|,18
5keen|,-16,-11
5like|15,14
5of|,,-24
7ten|,,14
6n|-15,-18
6r|,17,-18
5people|,29
5senior|,16,-13
7riously|12
6ure|,-13
5the|23
6ime|,,-18
6o|,17,-11
5useful|,15
5ways|,,20
3ning after|34,-13
9round|,,36
9t|,15
8but|,,20
8so|,-13,14
8that|,-13,20
9o|,,21
8which|31
7s|,-13,-12
2st|,,-14
4 and|,-16
6pplicants|,29
5candidates|,17
5evenings|,,20
6xcited|-20,,-13
7perienced|,19
5gifted|,29
6raduates|,29
8teful|-14,-13,27
5important|,29
6nteresting|,,-11
5like|-19,,-14
5mornings|,,-11
5of|12,,-22
5people|-15,40,-14
6roductive|,29
5useful|-17,-19,-14
5want|-14
4ly|,,-30
6 by|,-18
2ve a|,,34
6nd|,-15,11
5faster|,,36
6rom|-15
5into|,-18
5on|,,18
5quickly|,,29
5the|,,11
7ings|,,11
6o|,,-17
5with|,15
4d at|31
6between|,-13
7y|,15
6faster|,29
7rom|,,-13
6on|,,14
6quickly|,29
6the|,-15
8ree|34,-13
7o|-20
3ing fast|,,23
8orward|,,11
7on|,15
7quickly|,,25
7the|,,-15
1r nowak|,,20
3patel|,-13
2s|,,-13
3 iyer|,29
1s reyes|20,-13
1uch about|33,-24
6ppreciated|-15,-15
6s|14
5clearer|-19,,-16
5easier|-17,-16
6njoyed|,,-13
5for|-12
5hoping|-21
7w|,29
5i'd|,-13
6nto|36
5larger|,35
6ike|-12
6onger|,-15,46
5more|-12,17
5of|17,,-15
5prefer|-24
5rather|-18
5to|,,11
5want|,,20
6ith|31
2lti|12
5national|,29
2m|,,22
2sculoskeletal|-12
3eum|,,-15
3t|13
4 admit|17
5be|,,19
5have|17,-16
5know|,,34
5say|28
5withdraw|,,-14
2tual|20
1y <n>|,12,-13
3accent|20
7ptance|-14,,-11
6ount|-21,,-18
4ge|16,,-11
4nswer|,-14
9s|14,,-24
4ptitude|17
4ssessment|12
4vailability|,,-13
3background|,,-13
5tch|,35
4ranch|,35
3calibre|,29
5mpus|,-13
5ndidacy|12
Ate|31
Bure|,-21
4ertificate|,-13
4hoice|,13
4lass|,15
5ients|,35
6nical|,15
4olleagues|-12,24
5mpany's|,31
5nfirmation|-14
6gratulations|,-24,-19
6nection|,-13
6tract|-17,-19
5unt|,,34
4urrent|-25
4v|14
3daughter|,-13
B's|,,34
5y|12
4eadline|,,38
5cision|-15,-18
5mo|,15
5pth|,29
5sk|-12,20
5tails|13,,-22
4iary|,,14
5rector|-14,26,-11
5ssertation|-15
4octorate|,15
5ing|,29
3earlier|,-15,29
4ight|,31
4mail|-17,-20,15
8s|-15,-20,49
4nd|,-15
5glish|-15,-18,-13
5thusiasm|,,20
4xperience|,,-13
3family|,-18
5ther's|,-13
5vourite|,15
4eet|,22
4ile|14,-15,20
5nal|-11
5rst|-16
4ormer|-17,15,-14
5ur|,20,-11
7th|-12,-15,42
3graduate|,-13,20
3head|-19
4usband|15
3inbox|-14,,32
5terest|-27
8nship|-14,-16,-11
3landlord|-15,,32
4eadership|,29
6se|-12,-15,38
5cturers|,18
5vel|-20,18,-15
4icence|,,-11
5fe|-12,,43
5nkedin|,15
5st|,18
3master's|-12
4entor|,31
4ind|,-15,34
5sery|,-13,36
5x|,35
4obile|,-13
5nth|17,,11
4um|,,22
3nerves|-14
5w|,15
4ine|17
4ote|-14,-16,14
7s|,,23
6ice|-16,-11
4umber|,19
9s|-12,13
3old|,20,-13
4nly|-14,18
4ther|,-18,43
4wn|,14
3panel|,,20
5rents|,-18,29
6t|,-27
7ner|-15,,17
A's|-12
5tience|,,36
9ts|,29
4eers|,29
4hone|-14,,20
4lacement|,,-16
6n|17,13
7s|-15,-18,17
4ortfolio|,,-29
5sition|,,23
4reference|-18,,12
6sent|-17,,-14
6vious|,12
5ofessional|,-13
6ject|,-16
3qualifications|,20
3r|,-15
4eal|,31
5cord|-14,40
5ference|17
Cs|,,-18
5gards|,29
5nt|,,34
5sults|,18
3safety|,-15
5vings|,,34
4core|23
8s|23
4ea|,,20
6rch|-20,,18
5ssion|17
4ituation|,,14
5x|17
4kills|,29
4olution|17,15
4tage|-14,18
6rt|,,20
5rong|-12
5udents|,29
4upervisor|-12,17
5rname|31
4ystem|31
3take|,13
4eaching|,,-13
6m|-18
5st|17
4hank|,,36
5esis|-12,13,-13
5ird|-17,,31
5ree|,-15
4ime|,-13
4rack|,29
3uncle|,18
8's|,22
3very|,29
4iew|31
5sa|,-13,14
3way|,,20
4hole|,-13,27
4ife|-14
5thdrawal|,,23
4ork|,,-13
4riting|17,-15
7ten|12
3year|,15,-19
7s|12
2self i|,15
8n|,-13
7on|-12
0n|,-13
1airobi|,13
2me|,15
4 and|,14
5has|,,20
5in|,15
6s|18,-13
5my|,29
5on|,20
5was|31
4d|-22,36,-18
5 among|,29
6the|,37
4s|,23
5 in|,29
6on|,31
2tional|-21,28
3ural|,17,-18
7ly|,-13,-14
9 but|-12,-15
Adisappointed|-12,-15
Ai|,-13
B'm|,-13
5e|,31
1d|-12
2 of|,,34
3so|,,20
3you|,-15
1ear|,12,-16
4ly|,,14
6 four|,,34
7two|,,34
2cessary|,,20
2ed|-14
4 a|-21,,14
6n|,,27
7d|,-13
7y|-21,,-18
8thing|-14
5for|-12
6rom|-21,,-12
5it|,-18,25
5me|,18
6y|-15,11,-15
5not|20
5someone|,15,-13
5the|-14,-16,40
7is|,-13,36
6o|-16
5you|,-13,40
8r|-19,,52
4ed a|12
7from|-15
7someone|,-13
7to|23,17
4ful|,,34
4s a|18,20,11
6my|12
6right|,29
6someone|-12
6to|,-15,18
2ither|,-18,17
7 of|,-15,18
2phew|31
2rves|-15
4ous|,,-21
7 and|-12
2twork engineer|-12
2ver|15,15
5 been|,18
6did|31
6going|36
6had|,39,-14
6met|17,13
6once|12,38
6quite|31
6reached|31
9lly|36
7un|31
5theless|31
2w date|12
4graduate|-15
4hire|14,,-19
4person|20
4starters|-18,,-15
5ystem|,-13
4to|,-13
4year|-14
3er|-14
5 to|,-13
3s at|,,38
5because|,-13
6ut|-18,-18,-13
5from|-12,,18
5i|,,-14
6n|,,-11
6s|,,18
5on|-11
5since|-12,13
6o|,,34
7on|,,20
5the|,-13
7ough|12,,14
5was|,-15,-13
6ould|,,34
5you|-12
2xt campaign|12
7ndidates|34,-13
6onversation|,,-13
5day|17
5few|-23,-11,16
6riday|-20
5intake|,-21,-15
8erview|-14,-13
5month|-14
5one|,,20
6pening|-12,15
5person|34
5season|,,-14
6tep|-18,,-16
5to|12
6uesday|,-18,19
6wo|-12,,11
5vacancy|,,20
5wednesday|-21,-12,-19
7ek|-12
5year|,,-15
1ice|,17
4 change|,29
5problem|,31
5to|15,,14
2ght manager|,15
2ne and|,,20
5years|12,15,-11
4teen|,,29
8 days|,,38
5y|,,-11
6 days|,,-18
7minute|31
1o and|,-22,36
3but|,,34
4y|-12,-15,38
3choice|,,40
3doubt|,17,11
3fear|,29
4rom|,,34
3hard|13
4urry|,15
3is|,-13,23
3need|,,-14
3offer|,,34
4ne|16
4r|,,34
4ther|,35
3reflection|-14
5ply|23,-15
4ush|-14,-13,-14
3so|,-13,34
3to|,15
3update|17,,36
3wish|,15
4ord|31
6ries|-14
5uld|-12,-15,44
2body|20
6 asked|31
7could|34
7else|-18,45,-14
7has|,13,17
7in|-12,37
7mentioned|36
7on|37
7seemed|,,20
Bs|34
7thought|31
7will|34
2n|,-13
3e|,19,-14
4 of|12,14,-11
2on|-21,-24,49
4 on|,-13,36
5tomorrow|-12,-15,38
3r|,13
2rdhavn|,,20
4vik|18,,14
3mal|,20
6 for|,29
3th west|,33
5ern|-12,,-20
5field|,29
5gate|,,-13
2t|11
3 a|27
5ccept|31
5n|12,,14
6swer|17
5sking|,-22
4be|14,-24
6en|20,-15,18
4come|17
6nfident|34,-13
7vinced|37,-13
4disappointed|,,-24
4enough|20
5very|15
9one|17,18
4find|,33
5ully|15
4get|,,14
4hear|,-13,27
8d|,-18,44
5ow|34,,23
4i'd|,,20
5n|25,-13
6vited|31
4keep|,,24
5nowing|,-13,36
4later|,,34
5eft|,,38
5ike|,,20
5ooked|31
4many|-19,42,-17
4one|,13
5ut|17
4possible|,-13,-11
5repared|,,36
7sent|17
4quite|26,-15
4read|37,-13
7lly|34
6ceive|12
Bd|,-16,25
6peat|20
4say|,31
5een|,15
6lected|12
5imply|,,20
5omething|15
5peak|31
5ure|30
7prised|20,18
4that|,,20
6e|13
4wait|,,34
5hat|26
4yet|,,38
3e and|20,-18,-13
5for|31
6rom|-12,,22
5so|,,20
5that|12
7e|31
6o|-26
4d|,,-11
4s from|,-19
6say|31
3hing|11,,11
7 and|34
8else|17
8so|,,34
8to|31
3ice and|,-20
7period|-19,-31
7that|40,-16,-14
9e|26
6d my|-12,,20
8that|12,,-11
Ae|,-12,-18
Ais|12,-15,14
8your|17
5ing|23
8 that|24,,-14
4ng|23
2vel|,15
5 experience|,15
4mber|-24,-26
2w|,,15
3 a|,,20
5nd|,-13,20
4been|,-29,23
4eleven|,,34
4five|,,34
4had|17
6ve|,16
4i|,,20
5s|,18
4made|,15
5y|,,20
4on|,,25
4received|-18,,31
4seen|17
5o|-17,,23
4than|,-13
6e|,,22
6ree|17
4used|17,15
4well|,,34
3ak|,,20
1udge|,,27
5 on|,15
2mber of|12,,-14
8ne|,29
7was|31
3eracy|,29
5ical|25,-15
2rse position|-12
6you|,29
5s|,,-12
6 on|,18
4ing|-18
0o|12
1'clock|,,18
1ak|,18
1bliged|-20,-18
2servation|19,-20,-16
6e|12,-15,14
2vious|12,22
7ly|26,-15
1ccasion|17
2ean|,,20
2tober about|,-13
9nd|15,-15
1dd|27,,-15
3 that|34
6ing|31
1f about|,-15
4ll|,,-11
4nd|,15
5y|,,-15
6one|12,31
6thing|17,15
4pplicants|15,,-13
Ations|,-13
3being|-22,,-19
4oth|,-13
4uilding|,29
5siness|-15,-20,47
3candidates|31
5re|,,20
4hallenge|-12
4uriosity|,31
3day|,,20
6s|,,27
4eliberation|,,34
5partment|14,20
3everyone|,15
B's|31
4xperience|-14
3feedback|34,-13
4ield|,15
5nance|-12
5ve|,15
4ollowing|,29
5ur|,-20,-17
4riday|-12,-15
4un|,15
5ture|17,-11,-20
3hands|,18,-17
5ving|,33
4elp|,-13
4ours|,-13
6se|12,-16
5w|,,-13
3interview|,-15
Cs|,-15,13
4ts|12
3june|,,11
3last|-24
4uck|24,,-22
3mathematics|,29
4e|11
5eting|,31
4ine|15
3news|-19
5xt|-21
4urse|,29
7ing|,15
3offers|,29
4ne|20,-13
4ther|,,23
3paperwork|,-13,36
5rtnerships|,18
4eople|,14,-11
4lace|12
6nning|,-13
6y|,,34
4rocurement|,-15,14
3quota|-14,15
3results|,15
4ole|,18
4unning|15
3sales|,18
5ying|36
4chedule|,29
4enior|,19,-14
6se|-14
4ilence|37
4o|,29
5meone|31
3tea|,29
4hat|,,-11
5eir|12,15
6m|,16
6se|,16
5ing|,19,-14
8s|,18
6s|,,16
5ose|,,-15
6ught|,,-15
5ree|,,12
4imes|,,23
4oday|,-13,36
4raining|-12,13
6nsparency|,,-13
4wo|-12,15
3unpaid|20
4s|16
3waiting|-14,-16,43
4eeks|-18
4hat|,11,-29
5en|-14,-13
5ich|12
4orking|,,-16
2f a|12
5nd|,-13,14
4mid|34
4on|,,11
4the|12,-13
4work|31
4your|,22
3er a|15
7nd|,-15
7s|,,25
6by|-15,,44
6elsewhere|,-21
6from|-18
6has|12
6in|,13,29
7s|14,-19,19
6last|,,34
7etter|,,13
6now|,,36
6of|,,-20
7n|,-18,22
8e|36,-15
6so|,-13,14
6through|,,20
7o|,13
6which|-14,-19
7ithin|,29
5ed a|-12
8in|31
8me|-27
8the|,15
5ing|,,-13
8 me|-14,,-11
5s|,24,11
6 from|,35
7in|,15
7on|,31
3ice as|-12
7move|,-13
7on|,,14
7supervisor|,15
7to|,,20
8wice|,,36
6r grade|,,34
8in|,29
Aterview|12
8vacancy|-12,-15
6s|-15
5ial|12
3shore|,-19
2ten|,19,-12
5 a|,29
6enough|17
6get|,29
1kafor|,,-13
1l|,,14
2d|,,-14
3 boss|,31
4manager|,29
3er|-15,,-13
1n <n>|-15
3all|,,23
4n|31
5y|,-13,-14
4s|,18
4t|,-15
3before|-12,-15
4ut|,,14
3day|,22,11
3every|,11
3file|,,-22
5rst|,15
4or|-17,,14
4uture|31
3glassdoor|36
4ood|,,14
3hearing|,,36
4is|21,,-13
4old|,-30,24
5w|,-13
3i'd|,-13
4ts|17
3leave|,,-11
4inkedin|,-26,24
4oud|,,34
3me|,,14
4ine|31
3nights|,-19,-15
3one|12
4ther|,,14
3paper|,31
3reflection|,,-11
5gional|-12,13
4ural|,-15
3sap|31
4chedule|,18
4eek|34,-15
4omeone|23
3their|,14
5is|,,19
4iming|-26
4uesday's|23
4wo|,12,-11
3us|,,34
3ward|,,-18
4hat|14,,-22
7sapp|,,34
5ere|-13,-31
6ther|,,20
5ich|,,11
4orking|-14
3you|,,23
2boarding flow|18,,-11
2ce been|,29
5i|,,-18
6'm|,33
7ve|-12
5missed|,29
6ore|,-16,14
5so|31
5that|,18
7e|21,,-17
6old|,29
5we|12,-13
6ord|,29
5you|,18
2e and|,11,-15
4correction|-12,-15
4day|,,-18
5oesn't|,,36
4else|,29
4for|17
4has|,,14
4i'd|-23
6m|-19
5n|15,,-18
5s|,,-13
4line|,,21
4might|,29
5onth|-18
4observation|31
5ffer|,15
5n|,14
5ther|-15,-20
4page|,-15
5iece|,-13
5oint|,,-14
5ractical|-15,-18,-11
4question|31
4sentence|23
5o|23
4that|,22
6ey|,31
6ing|14,,-30
5o|25,,-11
4was|17
6y|-21,-24,51
5ho|-20,24
5ith|-12
5ord|,-13,23
4year|,15
5ou|,20
7r|31
2line|19,,-22
6 assessment|23
7test|31
3y a|14,,12
6fter|34
6pplicant|,33
6sk|12,,14
7sume|31,,13
5been|,,34
5came|36,-15
7ndidate|12,15,-11
5for|,-13,11
5gently|17
6ot|,29
5hope|34
5i|17
6n|,,-11
5mention|,14,-11
5one|-13,22,-11
5person|20
5say|23,,-14
5that|12
6o|16,-19
7ok|,29
5want|12,,-13
6ish|36
2site|12
1p|12,-13
2en about|,,-22
6nd|17
5day|12
5for|,-15
5i|,-15,12
6've|-12,-15
6n|17
5that|,-13,-11
7e|12,-13
6o|27,-15,-22
5up|,,-11
5with|-26,,-12
4ed|12
6 my|31
7the|31
9ree|,29
4ing at|-12,-15
8comes|-18,,-15
8in|-15,,-13
7s|,-14,-16
8 at|,,-14
9in|14,-12,-23
9on|,-16,-11
4ly you|-19
4ness|-18,,-14
4s|,,-15
5 again|,15
7t|,-13
6in|,,-17
6on|-14,-13
6up|,,-15
3rating|,-13
7on|,,-17
9s analyst|,-24
Bcoordinator|,-14
Bdirector|15
Brole|-15,,12
7ve|,-13
2portunities with|20,-13
Ay to|,,-34
2s|,20
2tion|14,,12
6s|-20,,14
7 and|,15
1r a|-13
4fter|-12,-15
4nother|-14,,-11
5ything|-17,,-13
4t|31
3elsewhere|,15
3i'll|,,36
4n|-14,-13
4s|,,18
3less|,17,-18
3my|-14,-13
3no|,-28,43
3references|-14
3seasonal|,-13
3the|-13,-12,18
5ree|-15,,12
4o|,-13
5morrow|,-13,36
3was|20
4hether|13
2al|-14,15,-11
2chestra|,,20
2der book|,15
5s|-12,13
2ganisation that|17,,14
C's|34,-13
Cs|,14,-11
7ed|,,-26
9 day|18,-15
7ing|,,-16
A everything|,15
2well|,,20
1ther agencies|,29
7pplicants|12,22
Dtions|,-13,14
6before|,,36
7y|,,36
6candidate|15
Fs|,14
7ompanies|-14,,44
Cy|,,-11
8nversations|,,14
6end|36
6firm|,,25
As|,37
6interviews|-15,-19,45
6names|,29
7urses|12
6offer|,,13
Bs|,,14
7penings|23,-13
8tion|,,34
Cs|,,36
6people|,14
7lans|,,34
7rocesses|,,38
6roles|23,-20,-15
6than|36,-15
7wo|31,,11
6way|12,12
5's|,15
5s|,17
6 in|,15
5wise|,-14,17
9 i|,-19,17
B'll|-15,-18,44
1ur conversation|-16
Gs|,,-18
4department|,18
5iscussion|,,-27
4final|-12,13
4interview|,,12
4last|-14
4meeting|,,16
5ove|,-13
4office|,18
4paper|,15
6ths|,,-31
4team|-14,,-14
5ime|12
2t a|,15
5nd|,13
5s|,15
5t|,,14
4by|,,14
4clearly|,15
4for|,,13
5rom|17
4halfway|31
4in|21
4loud|,29
4my|,31
4on|-15
4that|23
6e|,12
4what|25
3age|,18
3come|12,-17
7 as|12
8before|,,20
9ut|,-16,-11
9y|,,38
8for|22,-29,-24
9rom|17
8i|-12,15
8of|,-17,-12
8was|34
3lined|,-13
3reach team|,-13
3s|-14,,-11
4hone|,33
8 the|,33
4ide|24,,-26
7 applicants|41,-18,-13
8candidates|34
8people|31
8the|20
4tanding|,29
1ver <n>|,15
5a|-16,,12
6nd|12
5from|,,14
5lunch|,,-14
5most|,29
5shift|,-13
5that|,-13
7ree|-15,,12
6wo|,-24,-16
5well|-14,-16,-11
6ith|,-16
4qualified|12,20,-18
D for|12,20,-11
Eis|34
1wed|17,,20
2n|,11
3 and|,29
4cost|,,25
4horn|,29
4trumpet|-20,44,-17
3ers|-12,13
6hip|18
3s|31
0pace|-23,,-20
3ific|15
4ng|-12
3k|,,-13
4age|-21
6ing|-12
9 project|,-13
2ge and|,-16,-16
5that|17
6wo|31,15
4s|-15
2id|-20,11
3n|,15
3r|,16,-18
4 of|,18,-17
4ed|,-16
4ing|,11
2nel|12
5 and|13,-12
7s|17
8ked|28,,-11
6concluded|31
8uld|18,,14
6did|23
6for|,,-21
6gave|12
6had|18,-27,-24
9n't|23
8s|,,12
8ve|17
7oped|,-13
6interview|,,13
7sn't|31
6kept|31
6made|36
8y|,-13
7eets|,-15,34
8mber|42,-16,-11
Cs|23
6needs|-12,13
6of|31
6seemed|26
7pent|12
6that|14,11
7o|15
8ok|,,-13
6was|39,,-14
7eighed|31
7ill|18
5's decision|,,-16
8feedback|,-15,11
8questions|,15
8time|,,-15
2per|,15,-16
5 on|-12,20,-13
5s|,16
6 are|17
5work|,,14
2ragraph|36
4legal role|,-15,18
3celly|,29
3ental|17
8 leave|17
6s|,,24
7 are|17
3k|-21
4ing|34
3t about|12
5i|,-12
6n|23,-15
5time|-16
5was|-23,-13,-20
4ed|31
6 ways|31
4icularly about|,-13
Es|31
Denjoyed|-14
Din|-17,,-14
Don|,,-16
Dthe|-12
Dvalued|12,-13
4ly|,22
6 because|,29
4ner's|-12
7s|,16
8hip|,,-15
Bs|,,-18
C role|,18
2ssed|,,-17
6 <n>|,31
7my|-21,,-20
7on|17,13
7so|-12
7the|-19,-13,-16
4ing|11
7 on|15,,-15
8your|,,38
5onate|,29
A about|,29
3t my|,15
5the|,-19,24
7ree|,-13
6wo|,-13
4ed|,-13,40
6 it|,,34
4ry|,,-14
6 section|,-13
2tch|,13
5y|-14,-16,-14
6 signal|,-13
3h|,29
4s|,,-23
5 cross|,,-30
4way|,15
3ience|,-15
8 when|-14
Aith|,-11,-16
6t|-30
7 as|,,20
7s|-14,12,-22
2yments platform|-12,20
3roll administrator|,,12
8lead|12
8manager|,-13
8officer|,,20
8specialist|,-20
9ystem|,29
1eak season|,14
2ers|,29
2llow|,15
2nding|,-16,25
3sion|,,14
2ople|,12,-11
6 applying|,31
8sked|17
8t|,29
7can|,20
7for|17
8rom|31
7gave|,15
7have|,33
7i|12,,-11
8t|17
7like|,29
7on|,13
7the|34
7up|31
7who|,12,-20
8ith|-14,24,-11
7you|,22
A'll|,29
2r cent|-15,-20,-13
4my|,,36
3cent|-19,,-16
3fect|,22
7 fit|,31
7ly|,15,-14
4ormance|,,-13
7ing|,31
3haps|20
7 a|12
8i|20
8my|,,20
8next|31
8that's|31
Ae|45
3iod|-22,-18
6 at|,-13,-14
7is|-18,-18
7so|,-13
3manent|,,-11
4it|-12
6 me|,15
3son after|,15
8ll|17
7for|,20
8rom|12,-13
7in|,26
8s|,,20
7on|,13
7specification|36
7the|,18
Ay've|,31
7who|,19,-16
7you|23,13,14
6al|11
8ity|41
B quiz|31
8ly|,,-14
3th|-15
5 for|,,14
2trol|17
1harma|,15
6cy technician|12
2d|-12
2one|,-11
5 all|,,34
6but|34
6call|19,-22
6for|37,-16,-11
6hasn't|,31
6on|-14,-16,45
6screen|20
6that|17
8e|17
6you|34
9r|,,36
5s|,-13
4ing|,,-15
7 me|,-13
2ysio|,29
6therapist position|,15
Jt|-14,,14
1icked|,11,-11
6 up|,12
4ing|,13
4s|,,-11
3ture|,,-12
7 myself|-12,-15
8of|,,-12
8the|,15
8you|,,20
2ece|,,-18
5 of|,,-13
7n|,29
5s|-15,,-13
2geon|,,34
2lbara|20,18
3e|12,18,14
2pe|,18
4line and|20,-13
9i|17
2tched|12,17
7 at|12,13
3y|27,-15
4 for|31
5the|34
1lace for|,15
6in|,15
5d|,-19,11
6 on|,,20
5ment|,,-22
5s|12
3in|,29
5ly a|,15
3n accordingly|-18,-20,28
6nd|,,-15
6round|,-15
5for|,12
5i|,-13
5my|-22,-11,29
5the|-12,,18
5you|,,20
4ned my|31
8to|31
6r role|,-17
5ing i|-12,-15
9my|-20,-22,-17
9officer|,-16,14
9the|,,34
Ao|-14
4s are|,29
6on|,,34
6to|,,-14
6were|34
4t and|,-13
6of|,29
3te|,,-14
4form and|15
9engineer|,,11
9role|,31
3ybook|,29
4house|17
2easant|-14,35,-11
5e accept|,-16
8dvise|17,,34
8lso|,,-11
7confirm|,,36
9uld|-14,-16,22
7don't|-12
7expedite|,,34
7give|-17,,17
7just|,,20
7let|-19
7make|,,34
7note|,,14
7reply|,,36
9spond|,,36
8ing|,,36
7send|,,17
7tell|,-20
8hank|-15,14
8reat|,,22
7update|,,34
7withdraw|-14
6d and|,-13
8to|,,-28
5ure meeting|,18
3nty of|,15,11
2ots|,-13
2umber job|,22
3s|,29
1odcast|-15
2int and|,,20
6for|17
6i|-17,,-14
7'd|-19,,-16
7n|12
6or|,29
7ut|22
6that|,-18
7o|,15
5ers|,-18,-13
8 on|-14,-13
5s|,,-22
2lice|,-16,-11
5y officer|,,-18
4sh|,33
6 to|,31
4te|25
6 way|34
6ly|-19,,-16
2ol|,11,-20
2p|-19,,25
3 in|,13,20
6to|,,38
4up|,,25
2rtal|15,-12
6 has|20
7seems|31
4folio|,,-11
9 again|31
Bnd|12
Abefore|36
Alink|,15
Ayou|,15
2sition after|-14
As|,,11
At|-12
9but|,-13
9elsewhere|,-13
9for|,,-14
9has|18,-23
9i|-27
9of|-11
An|-23
Apens|,,-19
9particularly|,-15
9remains|,-13
9this|,,34
Ao|-18,,12
9was|23
Ae|-20,11
Bnt|34
Ahich|15,-23
9yesterday|,29
Aou|,,11
8s|13,,-18
6ve|,,14
8 reply|,,14
9the|17
3sibility|,,-20
B of|-18,,-17
6le|-12,-13
8 as|,,34
9could|,-13
9for|,-13
9i|,-16,-11
9so|,,20
9to|-16,-18
7y|,-13,14
3t as|,18
5comes|,-11,-18
5has|,-16
5i|,,-14
6'm|,29
5last|,15
5of|-13
5reports|,15
5was|42,-16
6ent|31
6hich|12
6ith|-12,-15
4doctoral|-13
C position|,,13
4ed|,,-13
4ing|25,-14,-20
7 and|12
7s|,15
4s|24,,-18
2wer|,13,-11
5 bi|,15
1ractical|,-12,-27
7e and|,,-13
9i|-12,13
9manager|,-15
9which|,29
6sing|,-15
6tioner|,,-15
C post|,15
3y|,,20
2e|,,-19
3ceptor|-17,,-14
4isely|12
3fer|-34
6 to|-31
7your|-12,,20
6ence so|,-13
6red|23,-25
9 to|41,-18,-13
3paration|,,-15
B on|31
6e|,-27
7 better|,-13
8for|,-15
7d|14
8 for|26,-20,-13
9to|,,36
3scribing|,15
4ent my|17
7ation|11
C and|23,-18
Di|17
Don|12,-13
Dto|17
Dwas|,15
7ing|15
A to|17
4ident|,29
9's|,31
B club|,31
4s|,18
5ed|,15
7 to|,15
5ure|-23
8 at|,,14
8s|-14,,-11
3tend i'm|,,-24
9t|,-15
8the|,,20
9o|,29
4ty|,26,-14
6 much|,29
3vention|,-15
4iew|31
7 of|31
5ous|,11
8 company|,18
9messages|,,34
2ice|,17
4ing model|,18
8team|-12,13
3de|17
3nce|,-15
6 <n>|,-15
5ipal still|,29
7le|20
4t|15
5ed|20
3orities|12,,-11
8se|,,22
A my|,,34
7y|,-13,17
3ya|16
5 and|20
3ze|-12,24
5 on|,15
2obably|,16
8 have|20
9overqualified|,33
9why|,29
4lem at|-19,,-11
8with|17,12
8you|-12
7s|,,-23
8 in|,15
9you|,14,-11
3cedural|,15
8e|15,-15
5ss because|20
9ut|,-13,-11
8especially|,-13
8for|,,-18
8has|,,16
8i|,-13,-11
9'd|,15
9n|20
8on|17
8so|,-15,18
9tands|,,-13
8that|20,-13
9o|,12,14
8was|,,-14
9hich|17
8you|,-13
7es|,-21,23
9 at|,,34
4urement analyst|,-13
Cofficer|12,,-13
Crole|,,20
3ducer|,13
6t analyst|-15,-19
8design|,29
8is|,24
8manager|-18,20
7ion|,,-12
A manager|,15
8ve|,29
3file for|23,-15
8in|,,-14
9s|,,20
3gram|,,-18
7 at|,15
7me for|-14
Ais|12
Amanager|,15
Aofficer|14,,-15
Bn|12,,11
Athe|,15
Ayou|-17
3ject architect|,,18
8coordinator|,-19,-13
8in|,,-11
8on|-12
8we|,-15
9ith|,-15
7s|,,-14
3mise|-20,11,16
7 to|,15,34
8you|,33
7d|14
8 an|34
9me|20
9to|,,20
7s|36,,25
4ote|12
7d|,18
4ptly|-14
3of|,,20
3per one|,,14
6ty team|17,-15,11
3tocol|,18
5type|-12,20
3ud|-11
3ve|,29,11
5 it|,29
5s|20
6 useful|17
4ide|-25,,-11
7 any|-20,11
Bthing|-19
8references|-17,-19,-16
5ncial|,13
6g|,22
7 it|,33
2yce|17
1sychometric|31
C test|31
1ublic|,,-24
6 health|,,-11
7sector|,-18
6ation|,15
B record|,15
5shed|22,,-17
2ll|,15
4ed|,-13
4ing|12
7 out|12
2ne for|31
5office|12
2rsue|,29
2sh|-14
2t a|12,-18,11
4in|,,14
6to|12
5t|-18,18
4my|,,18
4that|,15
6e|,,20
5ogether|,17
3s|-17,,11
4 me|,18,14
2zzled|45,-19,-16
7 that|31
0qa|-14
2 automation|,29
3engineer|-21
1ualification|-14,-16,-11
Ds|16,12,-11
7ed|-18,,-15
3rter|,,-13
7 the|,15
7ly|-14,-19,-14
7s|-12,16
3y|,29
4side|,,34
2ery|17
3stion|,,-11
8 about|,,-27
And|15
9in|36
9on|,,-12
9so|17
8s|,,-20
9 about|,,-12
Bfter|-12,13
Bnd|12
Abetter|,31
Ai|12,14,-11
Bn|15
Athat|12
Awere|34,-12,-18
3ueing|17
2ick answer|,-13,14
6call|,,-13
6follow|17
6line|-15,-18,29
6note|-21,12,-16
6one|,18
6recap|,29
8ply|,,20
6update|-32
6yes|-15,-18,42
5er|12,-13,23
5ly and|,,13
8i|,13
8once|,29
3et that|,,34
5er|,,-13
5ly|16,20,12
7 been|,,20
8proud|,29
3ll|,15
3te difficult|17
6hard|,13
6see|,,20
6the|18
3z|34
2ota|-21,19,-17
4ed|19,,-14
5s|,29
0r sum|,,-15
1adar|15,-13,11
5 for|17
3io|-12,13
5grapher|12
C post|17
2ise the|,18
5d|,,-11
4ing|31
2j|23,-15
2mp|,29
2n|,,-19
3 in|,15
4out|,-15
4the|,,-16
3g|,,11
4 me|,,20
5to|,15
4e|12
3ked|,29
4ing|,-15
2re|,19
4ly|,20
2te my|31
4d|,33
4s|17
3her a|,,20
7be|-24
7confirms|17
7good|,31
9t|,29
7have|,-21,18
8ear|18,-15,14
7join|-23,,11
7know|,,13
7like|17
7make|-12
8ore|,,-14
7not|,-24,38
7say|-12
7work|,,38
7you|17
3ing|,18
1d and|,,11
3i'd|,15
3march|,,18
3you|,-15
1e|14,-23
2 advertised|20,-15
3your|28,-19,-14
2ach a|,-24
6me|-20,-20
6the|,,20
6you|,-13,36
5ed a|12,-16,14
8my|17
8out|,29,20
8the|14,-20
8you|,-20,22
6s|-12,-15,11
5ing|,,20
3d|19
4 a|15
6bout|,12
6s|31
5it|18,,-14
5my|20
5the|15,,13
6oo|31
5with|31
5your|,18
4ing between|,,20
8corner|12
8of|31
8scheme|,-13
4me|31
4s|40
4y made|,29
6to|-12
3ffirm|-12
8 my|-12
3l highlight|-12
5pleasure|,14,-16
5reason|23
5sense|,-13
5thanks|,-15
4ise your|31
7d|,,-18
8 afterwards|-12,13
9the|-12
6tic|,-16
9ally|,,20
4ly appreciate|,-25,17
Hd|-14,-15
7do|17,,34
7enjoyable|-14,15
8xcited|-27
7had|31
8elp|,-13,40
Bful|-14
8ope|,,34
Aing|-15,-18,12
7in|,,34
8s|,,20
7keen|-12
7liked|,,-13
8ove|,16
7need|-12,-16,43
7on|31
7useful|,,-17
7value|-17,-19
7want|-23,11
8hat|,15
3pply|-14,-19,-11
3rrange|20
9d|23,-15,18
A a|17
3son|11
6 given|34
7i|,13
7our|,29
7than|34
8o|17
6able|,-20,11
6s|24,-19,-17
4suring|-14
2build|-18
7ing the|-12,,18
6t|-23,18,-20
7 a|,29
8the|-15,17,-13
2cap|-12,33
5 of|,31
3eive|,-15,13
7 a|,,14
8it|,-16
7d a|-12
An|-18
Bother|-15
By|,-13,34
9my|,-15
9so|,,20
9the|,17
9was|34
6ing me|-12
Athe|17
4nt|,,-16
6ly|-14,15
4ption|12
9 on|,,34
9ist|,,20
C position|,,34
Gt|,,34
3kon|,31,-20
6 i|,29
8'd|-15,37,-13
7the|17
7you'll|,33
3ognise|,15
9d|,28
7tion|,15
4mmended|,13
9ing|20
4nciliation|-12
5nect|12,-13
5sider|23,,18
4rd|,17,-20
6 at|,31
7i|31
8n|,29
7like|,29
7speaks|,29
7that|17
6ed|16,,-17
8 interview|17
9video|36
6s|-21,,-17
7 and|,-13
8for|-12
8my|-12
4vering|,15
7y|,-16
3ruiter|20
9 promised|31
Aquoted|31
Atold|31
9s|15,27
7ing|,,-11
7ment team|,-20
2design|,,-21
3uced|,-13,-16
7 the|,-15
5ing|,,-13
2f|,,14
3eree|,,-15
7s|,,-17
8 will|,15
6nce from|12
Ato|,-13,36
9s or|-21,,-18
Bwill|,33
5ral|17
6ed|12,-16
8 to|17
3inancing|-19
B timetable|,15
3lect|40,-18,-13
7 on|31
8the|31
7ed|,29
9 on|,29
7ion|,,-18
A i|,13
Bmy|,13
Bon|-14
7s|12,13
8 my|,15
3resher|-17,-13
7ing|,,37
A my|,-22,48
3urbishment|-17
4sed|,17,11
7 to|,31
2gard|14
6ing my|,-15,21
6s to|-14,31
3eneration|,-18
3ion|,18,-12
6al bank|,29
9director|,24,12
9sales|,,-20
4stered|,,12
A nurse|,-13,11
6ration|,,-18
3ression|-17,,-14
5t it|,,17
7that|20
3ularly|,,20
7s|,31
2iterate|-12
9 my|-12
2jection|45,-23
9 arrived|31
2lationship|,12
Cs|,,-13
4xed|,16
7 about|,15
3ease|-13
7s|,-15
4vant|,,-20
8 to|,,-13
3iability|-15,16,-11
4ef to|17
4sh|,15
3ocate|,,-14
7ing|,-13,-14
A to|,,-11
8on|,-13,-11
3y|,15
4 on|,15
4ing|,-15,29
7 on|,-15,29
2main a|,-13
8n|31
7enthusiastic|,,20
7interested|20,-19,11
7keen|,-13
6s|-27
7 my|-24
8the|-22,,-16
4rkably|31
6s|17
3ember how|31
9that|,15
8ed|34
3ind|17,29
6er|-17,,19
8 of|,15
9that|,,34
3ote|,-20,-13
2nal|,-13
3ewals|,,-15
5ed|-14,,-16
5ing|,-13,36
3o|,18
3t|,-13,27
4 is|,,36
2open|,,-11
6ing|,15
6s|,,11
2p|,15
3eat|12,,-14
3lace|-14,16,-11
7 me|,35
4ied|,,20
4y|,-11,14
5 address|34,-13
7sap|,,36
6by|-12,-16
6date|,,-15
7ue|,,11
6either|17
6i|,,23
7n|,,14
7s|,,38
6so|,,36
6this|,-15,38
7o|,,17
6would|,,42
5ing|18,,11
8 to|31,,20
3ort|,,-11
6 on|,15
6ed|12
6ing|,,-27
6s|,,-23
3s|-15,,-13
3utation|,,14
2quest|,-31,18
7 for|31
8you|,-25,22
7ed|,-18,-21
9 by|,-15
4ire|-12
7d|-28,,-15
8 from|-20,15
7ment|18,,-14
Bs|13,,-15
7s|,,-18
2read|20
2scheduled|23,-18
3earch coordinator|-14
9fellow|,,11
9is|,15
9software|12
9team|,-13
4nding|,,36
4rve|,,20
3idency|-18,16
7tial|,20
8s i|17
4gned|,-13
4stance|,-13
3olution|,15
5ved|,,20
3pect|15
7 and|,,20
8for|12,-20
8i|26
8most|,15
8that|31
Ae|,,-22
9o|17
8your|18,-13
7ed|20
7fully|,-13
4ond|-27,,11
7 as|,,20
8by|-15,-18,-13
8i|-12,-15,11
9mmediately|,,36
7ed|,,14
6se|,,14
8 to|,,34
7ible|,-13
3t|,11
4 of|,13
6n|34,-13
4aurants|,15
4ed|,,14
4ful|-15
7 break|,-13
4oration|-18
4ructure|-14,,-11
Aing|,13
3ult|,-15
6 but|,-13
8y|,,36
7in|,15
8s|,,20
7of|14,-13
7was|31
6s|,15,-13
7 have|,31
8to|,15
2tail|,,-11
6 management|-14
3ention|,,-15
3rofit|-12
3urn|,,14
6s|,15,-11
2venue manager|,,11
4rt|-21,-24,51
6 at|-14,-16,40
7today|,,36
7with|,,36
3iew and|-14,22,-11
7for|17
7of|17
6ed|12,,-16
6s|,,-13
7 each|,18
8how|17
4sed|-12,-19,14
2warded|34
8 whoever|34
3riting|,15
2yes|25,-18,12
1ich|30
4 to|39
2de|-12,13
4 along|-12,13
3geway|-12,13
2g|-14,,-15
3ging|,-15
3ht desk|,,34
6fit|23,-15
7or|,15,-13
6in|,29
6match|31
6now|-17,,14
6to|-18
6up|-12,29
2ng|,,22
4 me|,18,18
5on|,-13,36
5the|,,20
6omorrow|,,34
5you|,,23
8r|,,36
4ing me|,-20,-17
4s|,39
5 me|,37
2sk analyst|12
3otto|,15
2ver|-17,,-14
5bend|,15
2yadh|,13
1n|-14
2 position|-12
1oadmap you|,,20
4s|23
2han|,15
2le but|,-22,14
6y|,-15
5closer|-12
6omes|-15,,-14
5elsewhere|12,-16
6specially|-20
5feel|-20
6its|,-13
6or|,,-14
6rom|,,14
5has|,-28
6eld|,,20
5i've|-14
6sn't|,,36
5last|,-18,18
5needs|,-13
5opens|,,-15
5particularly|-17
6lay|20
5remains|-18
7opens|,,20
5since|,15,-11
6o|,-23,14
5that|20
7is|-12
6wo|,15
5very|,,14
5was|20,,-20
6e|-23
7nt|,-19,-14
6ould|-15,,-13
An't|,15
5you|,,-14
4s|12,,-30
5 and|,,-13
7t|17,,-19
6in|,,-11
3ling|,18
4out|,,-19
2oftop|,,-11
3m i|,29
5the|,29
5would|17
4s|,15,-17
5 for|,15
2se|,-16
4 from|,-15
3tering|,14
2ta and|-14
5you|,-13
4te|,18
5ional|,18
A analyst|,15
2ugh|-21,-12
5 idea|,-13,14
6timeline|-12,-15
5ly|,,-11
7 <n>|-17,,-14
8a|,-15
8when|-17,-16,-16
3nd and|,,-13
6conversation|,,20
6felt|12
7or|,-21,18
6here|,29
6i|12
7nterview|,-11
6of|-17,-20
6so|,,12
6to|,15,34
8day|,15
7wo|17
6ward|,,20
8s|20,,-11
7ent|23,13
7ith|,,14
5s|18
6 a|34,-13
8nd|28,-16
7for|15
7i'd|31
7of|,,22
7which|17
8ith|,18
3te|-11,,-20
5 planning|,-13
4ing|,-13
2w|-14,26
1uiz|-12
2n a|,20,-23
5nd|,29
4out|,,25
4the|,,-25
6is|,18
4your|,15
3g|,,34
3ning|,11
7 a|,13,-14
9nd|,14
8my|,29
8such|20,-13
3s its|,,-14
5on|,29
6ut|,,34
5the|,-18,-11
2sh|-17,,-16
4 on|,,-13
5your|-17,-19,-16
4ed|11,,-20
4ing|17
0s a|,,20
2i|,14,-15
3'm|,,36
3n|-14,35,-11
3t|15
2not|,15
2the|34
2you|17
1ad|,,-21
3 about|,-16,-11
4to|,15
2fe|,26,-11
4 pair|,29
4ty record|,15
2id a|,-15
6t|12
5i|,,-11
6'd|12,-18,14
7m|,18
6f|,,34
6n|12,,11
6t|12,,-14
5more|,15
6y|12,20,-11
5she'd|,15
6o|21,-16,-11
5the|13
8y'd|,29
5you|,-13
8'd|,,20
3gon|17
2ke|,15
4 of|,31
2lary|14
6 and|17
7band|41
8efore|34
7range|17
3es coordinator|,-13,14
6engineer|-12,-15,18
7xecutive|15
6role|,,14
5force|31
2me afternoon|,18
6pproach|-14,,-11
5day|-12,13,17
5experience|,15
5for|,19,-14
5here|,13
5impression|31
5kind|,18
5post|31
5question|,,36
5role|31
5standard|12
5thing|,15
6o|,31
3ple|,,-13
6 lesson|,15
6s|-14
5ing|-15,-18
2p|14
2rah|,-13
2t|14,,-21
3 down|20
4on|20,18
3isfaction|-15,,-13
6ied|,15
6y|31
3urday night|,15
8s|-12
2uce|,15
2ve|,14,13
4 us|,,34
5you|,12
4d|26,-29,-23
5 me|20
6us|34,-26,-19
4s|,,14
3ings|,18,14
2w a|31
4it|31
4my|,29,20
4of|,-13
5n|,15,20
4the|12
4you|,,34
2y|,11
3 about|,18
5gain|-14,11
5nd|,15
4hello|,,20
4i|12
5'd|,31
6m|,,-14
6ve|17
5n|,29
5t|,18,-18
4more|37
4nobody|,18
4the|18,13
7y|,15
8've|,35
6is|12,17,-11
4with|,20
8out|,31
4you'd|,,20
3ing|22
6 so|31
9mething|31
7that|20
9e|17
3s|12,13
4 i'm|,31
5more|,20,-11
6y|,15
5something|-14,40,-11
5the|26
1cale|-21
3nners|,-13
2enario|,,-23
4e|,,-11
2hedule and|,,-11
8d|,-13,-11
8s|,-18
3ool has|,,14
7in|,-13
2ience post|,,14
5tist|-11
9 role|-15,,-13
2ore|14,,-23
5s|14
4ing|17,,-16
2ratch|,15
7 and|,29
3een|12
6ing|23,-23,-18
9 call|29,-18,-13
3ipt|25
1ea|-15,-15,11
3rch and|17
7committee|-14,,-11
7for|,,-11
7so|-12,,20
6es|,-13
6ing|,18
9 for|,15
3son and|-15
6al|,-21
6s|,,-13
7 and|,29
2cond conversation|,-13
7gentle|,,34
7half|20,-18,-13
9nd|12,-13,-11
7interview|,-14
Ger|42
7officer|17
8pening|17
7question|,15
7round|16
7stage|18,,-11
7time|18,,-11
7year|-18
6s|12,-16
3retary|,18
3tion|,,-28
7 of|,-13
7s|17
4or|,,-14
3ure|,,20
5ity|,,-11
2e a|,35,-11
5t|,29
4but|,-13
4for|,29
4if|,,22
5t|,17,-13
4my|,13
4no|17
4one|12
4that|,17,-17
6is|17,33
4what|26,11
6ere|16,-16
7ther|-12,,17
6ich|23
4you|,-13,14
3ing a|,31
8s|,15
7it|12
7me|,12
3k|34,-15
3m|12,,-17
4 to|13,,-14
4ed|22
6 more|34
7on|17
7to|23
7very|,29
4s|23
5 a|29,-15
6the|31
7o|19
3n all|,29
5in|,18
6t|,,14
5my|14,,-13
5that|,15
7e|,,-15
2lected for|,-13
6ive|,29
3f|-17
2minar|-18,,-15
2nd|-14
4 a|,-22
6nything|-27,,-24
5it|-27
5over|-17
5the|-13
8m|-15,,-13
4ing|,-20
7 a|12,-13
9n|-12
8my|,,14
8the|,-19
4s|,29
3ior accountant|16
8nalyst|,15
8ssociate|,18
7backend|17
8uyer|23
7copywriter|-15,24,-11
7management|,29
7paralegal|17
8lanning|15,,12
8ractitioner|,15
9oduct|,15
7role|-12,14
7ux|17
6ity|,29
6s|,18
3se|,,-23
5 of|,,-28
6that|,-21,-16
7o|-15
4ible|,-13
5tive|,,20
3t a|,-18,25
5back|,18
5in|17,-15
5me|17
6y|12
5the|,,11
7is|,,34
5you|,-13,14
4ence|24,-22,-16
8 about|31
8s|34
9 or|31
2parate|23
3sis|-12,13
3tember|-18
9 and|,-15
Aso|,-13
2quencing|-12,,-11
2rious|,,18
3ver|,18
5s|31
4ice design|,15
8engineer|,-13
8technician|,15
8was|,12
7s manager|,-13
2ssion on|,,23
7s|,-20
2t a|,29,20
5side|17
4out|18,,-11
4the|,18
4up|-15
3s|12
3ting|12,,-11
4le|,,11
6d|15
7 before|23,-15
8on|20,-15
6s|,-13
7 in|,-12,-20
3up|-17,,-14
2ven|,,17
5 weeks|18,-13,23
6years|,18
4ral good|,-13
8of|13
8people|,29
1hadow|-14,,-11
3ll|,,20
5 be|-14,,14
3me|21
5 for|20
6the|34
6we|31
3pe|,13,-11
5 but|,15
3rding|,15
4e|,,-12
5 a|,,-18
7n|-14,,-11
8y|-24,-27,-23
9thing|-14
6before|-19,-21,-16
6i'd|12,-13
7t|,,-15
6my|15,20
6on|,,-14
8e|,-13
6what|-15,,-13
8ere|,,-18
7ith|17
7ould|-12,-15,11
5d i|,,14
5s|,,23
4ing|,,-16
4jah|20
4pest|,12,-13
2e|12
3 had|,22,-14
6s|,26
4may|,-13
5issed|31
4said|,15
4was|16,,14
5ould|14,13
3'd|,22
4s|,15,-15
3d|15
3et|,,-13
3nzhen|,29,20
2ift at|,,27
6if|-14,,-11
6on|,,-11
5ed|14,-18,-13
5s at|12
7because|,29
3p|,15
4ped|,18
2ock|,15
3es|,,20
3p floor|,22,-11
3rt|,,-13
5 as|,-13
6call|12,-13,-14
7ontract|,,-11
8urse|-14,-13
6i|,15
6note|,,-12
9ice|,-13
6of|18
6phone|17
6so|-12
7ummary|17
6update|-15,,-13
5list|11,16,-12
9 was|37,15
Bill|,31
9ed|,19,-13
B for|-12,24
3uld a|,,-15
7have|,,-11
7i|,-15,42
7keep|,,38
8now|31
7let|-17,,-14
7mention|,,16
7probably|,18
7tell|,15
8he|,15,-14
6n't|15,12,11
9 be|20,18
3w me|-21
6ore|,,20
5that|,-13
7e|,15
8ir|31
5what|20
5you|-15
8r|,31
4ed me|-12
7you|,18
4ing me|-11
4n|19
5 under|20
4s how|-14,,14
2utdown|-12,12
1ide before|,15
6ut|31,-15
5for|-15,13
5i|12,-13,-14
6've|,,20
5of|13
5seems|31
5the|,15
4ways|,31
2ft|17
2gn|-13,,22
4 off|-17,,14
5with|-12,-15,42
4al|-15,-18,-13
4ed off|,20
7up|-15
4ing|-12,-15,22
7 with|,,34
4s|,15
2lence|22,-26,55
7 as|,,38
8is|,,40
8that|,-13,43
2milar|-12,,-12
7 comes|,-13
8opens|,-15
8position|,-13
Bt|-15,-18,-13
8role|-26,-11
Cs|18,-16,-14
8with|-14,-19,-11
3ple|,,14
6 for|,,14
7yes|,,36
5y because|,,14
7can't|,29
7told|31
9o|,15
7wanted|-17,,-16
2nce <n>|,15
6a|12
7bout|,,20
7nd|-12,-16
6been|,13
6half|20
7eard|34,-13
6i've|-14,22
7t|19,,-11
6long|,,38
6march|,,27
7y|-11,,13
6nobody|31,,20
6our|-28
6received|,,23
6so|,13
6the|,,18
9n|,-13
6we|-16
6you|,,16
9r|20
5re|,-13,-11
7ly for|,-16
Athank|,18
3gapore|-12
4h|17
4le|,18
6 failed|,29
7handed|,29
Dly|,35
7question|31
2r|12,11,17
3 for|,-13
4i|18,18,20
2t in|,18
4on|,,20
4with|,,11
3e and|,-13,23
5for|,15
5manager|,14,-13
5on|-12,13
5supervisor|13,,11
5walk|20,-16
4s|,,-12
5 and|,12,-13
3ting my|,,-11
3uation|-13,-14,13
9 more|,,34
2x hour|31
4in|,29
4to|12,-13
4weeks|,-16,13
4years|,,-25
2ze|,22
4 doesn't|,29
5of|,29
1ketched|12,13
6ing|,13
9 out|,29
2ip|12
1leep|,13
3pt|17
5 on|17
2ightly|,12
3p|,17,20
4ped|,,19
5ing|,29
4s|,-13,14
2ot|14,-11,-11
4 and|34
5for|31
4s|,,17
3w|-13
4 reply|,15
5to|-12
1mall thing|,,-11
6update|-24
5er|-21
3shed|,29
2ile|,15
2ooth|17
6ly for|,-13
1nap|,31
4 me|,31
4ped|,29
7 up|,29
1o and|31
5y|-17,-16,24
6thing|,-13,36
4t|12,-13
3before|,-22
3candid|-12
4learly|-15
5ose|,-13,14
4ould|,-18,29
3do|,37
3either|31
3here|,-15
4onestly|,15
3i'd|,,11
5ll|,,19
5m|,,11
4f|-16,-14
4t's|14,,-11
3kind|,,-14
3let|,22
4ong|,,29
3many|,15,14
4y|,-18
3no|,,11
5w|-12
3open|,,-17
3perhaps|20
4lease|-18,-11,18
3quickly|,,-16
3rather|,15
3smoothly|,,-11
4ure|,,34
3thank|-15,-15
6t|,-11,12
5is|,16
3unless|,,38
3we|,,16
5ll|,11
3you|-11,,11
6'll|,15,34
7re|-14
2ftware your|,15
2il|-21,-24
4 microbiome|-14,-16,14
2lar|-12,13
3e|,15
3icitor|,,20
4d|,15
3ution|12
8s|-12,,11
3ved|,35
2me feedback|,-18
5good|17
5news|-14,,19
5of|,,-19
5point|,-11,-12
5time|,,-14
5way|,14
4one|14
7 actually|,,20
9lready|18,-18,-13
9t|14,,11
8can|17
9ould|20,-20,12
8else|,-24,21
8for|17
9rom|26,-15
8in|23
8like|-12,37
8more|34
8on|26,-15
8please|,,34
8to|12
8who|,13,-18
9ith|,19
4thing about|,20,-15
Abefore|,,20
By|,-16,43
Aconcrete|,,34
Aelse|14,-21
Ai|,,-11
B'd|12
Cve|,-15
Bn|-12,-13,18
Alike|,18
Amore|18,18
Aof|,18
Asimilar|,,-20
Buitable|15
Athat|,18
4where|14
3melier|,18
2on|-21,,14
4 as|-23,,22
5find|,29
4er|,-15,24
6 than|,,19
7you|,,34
2rry again|-15
6for|-19
6i|17
7f|,18
7t|,,-19
6not|-11,,-17
6this|,13
7o|,-13
6we|23,-15
3t|,16
4 of|,20,-15
6ut|,14
4ed|12
6 before|12
2und|,13,-11
5 arrogant|,31
6big|,29
6like|,,-11
5ed|,-21
5s|,,-16
3r|12
4 grapes|17
4ce|17
5ing|,-16
4dough|,15
3th|,,-11
1pace|-12,20
3m|-14,,36
4 folder|,-13,36
3re|-17
5d|31
2eak again|,11,-15
6for|-12,33
6with|,,-22
5ing with|,-12,-12
5s|,16,-11
6 for|-12,37
7to|17
3cial|,31
7ist|-11,-19,11
A position|,-22,11
Brole|,-19,12
5fic|,-21,-14
8ation|25,,-11
D and|31
3ed|,,11
5 things|,-13,36
3nd|-15
5 another|,,34
6the|-18
4t|,,-23
5 a|15
6more|31
8st|27,-21
7y|,15
6on|18,,-11
6the|12,,-18
8ree|17
6with|,,-28
2irit|,,-14
2lit|,,-15
5s|,,-15
2oke about|,13,-14
7fter|17
6i|-21
7've|,,-15
7n|,-13
6on|-12,-15
6so|,15
6the|-14,14,-11
7o|34
6you|,-13,36
5n|23
6 for|31
7to|23
3nsorship|-12,-15,-11
3rts|-12,13
3tted|,38
2readsheet|,,-13
B exercise|17,-15
Bs|,,-11
3ing|,,-14
6 and|,,-15
7campaign|,,-11
7i|,13
7so|,29
1ql|,,-13
2uare|32,,-18
6 the|31
1t aidan's|-14,,14
3brendan's|,18
5igid's|,31
3columba's|,13
3luke's|-12,13
2ack|,12,-13
3ff accountant|,-13
7nd|,-15
7re|17
5ing|-14
3ge manager|12,-16
6process|31,-13
6so|,,11
5s|,-28
6 and|,-13
3keholder|,,-15
B management|,15
Bs|12
3nd|,,13
5 before|-17
7y|,,34
6on|,-16,14
5ard|12,11,-27
8 template|31
8s|,17
5ing|20
3r|,33
4s|,29
4t a|,,11
7fter|-14,22,-11
7nd|12,-13
8y|-18
7t|-19,,-14
6date|,-11
As|,,-13
6forty|,,20
7rom|-17,,-14
6immediately|,,20
6that|23
8e|12,,14
7o|,18
6with|,-13
5ed|,,-14
7 a|,-13
8forty|34
8reading|,13
8the|,-13,14
8well|,,-11
6rs|-18,,-15
5ing from|,15
9point|,15
9to|19,-16,38
5s|,,-18
3te|-12,19
5 and|,15
6of|,,14
6that|,29
4us|,,14
6 as|17,15
8t|,,38
7update|17
3y available|-12,-15,42
5connected|,15
5in|,,-19
5on|,11
5with|,,-13
4ed|-13
6 with|-11
4ing in|,-16,-15
4s|-14,,19
2eadier|,29
5y|-14,,-11
3p|-15,11,-18
4 ahead|,29
6nd|,-15
5back|,-16,-11
5down|,20,-18
5for|,18,-11
5in|,29
5up|,31
4ped|31
5ing|,,-11
4s accordingly|,,34
7re|,-13,-11
6soon|,15
2ill admire|31,-15
7waiting|,,34
6be|23,-11
8ing|-12,-15
6calls|,31
8n't|36
7onsider|17
6does|,31
6genuinely|17
6hasn't|,15
8ve|,13
7ere|,,36
6i|31,-21,-17
7'd|12,18
7n|-12,-18
8terested|,-13,19
6like|26
6much|-19,17
7y|-26,,18
6not|34
9hing|,,36
6on|12,-13
7pen|,-20,13
6pending|,,34
7refer|-17,12,17
6rather|,18
7eally|,,14
8spect|34,-13
7ings|,39
6think|23,-22,-18
6up|,,14
7se|,15
6waiting|,-15,45
8nt|12,-19,17
7elcome|36,-16
3mulating|,20
3ngs|12,-13
2ood|12,11
5 out|,22
3p|,,30
4 refreshing|,,36
4ped me|,15
3re finished|,29
5s and|17
4ies|,-13
4y of|,15
5board|-12,13
2raight answer|31,-15
Away|-18
9to|-12,,11
9with|14,,-11
9years|,31
4nge|41
4tegist|,-11
A role|,-11
7y associate|,15
3eaming|,-13
4et|-23
6s|,15
4ngth|18,,17
8 of|34,,22
8en|-21,-21,-16
A before|-12
Bmy|,-13
4ssful|,,23
4tch|,13,11
7ed the|12
3ictly|,15
3oke|,,-11
6 unit|,-13
4ng|,,-15
6 candidate|31
7field|-15,-15
7internal|37,-13
7shortlist|,15
6er|-14,,-21
7st|,24,-11
9 candidate|,13
Aof|,29
3uck me|20
4ggle|,24,-11
8 to|,28
8d|,17
9 with|,15
7ing|17
A to|41,-13,-13
2udent|,13,-24
7 in|,29
8she|,29
7s|,11,-30
8 about|,15
9were|-15,17,-13
4ied|17
5o and|,,-13
8s|,15
7tour|,29
4y|,,-13
5 and|14,-15
6brief|15
6on|,15
6was|12
3ng|17
1ubject checking|-20
8follow|,,12
Eing|,-18
8quick|,15
8re|22,-27
8senior|12,,14
9tatus|,,20
8thank|-11
Ds|,,-16
8update|-12,,11
8withdrawal|,-15
3mission|,,-11
5tted|17,,-15
3scription|,15
2cceed|,15
5ss|,,-16
7 and|23,,-11
8in|36
8lead|20,-13
8manager|,-13
8role|,,-13
8with|12,,-22
7ful|14,-11
A applicant|17
Bcandidate|32,-18
3h|,,-15
4 an|,-13
6s|-29,,-28
2ggest|19
7 that|41
8you|,31
Br|36
7ion|20
7s|21,-13
2it|-12
4 me|-23
4able|,,-27
8 comes|14,,-13
9in|17
9role|,-15
4e|-16
5 and|,,20
6was|,,20
4s|-13,,-12
5 the|-18,-18,-17
6you|-17,,-16
2m|,,-16
3mary|,-11,-18
7 of|20
4er and|-12
7internship|,-13
4it|,35
6 and|,29
2nrise|,31
2pervised|-15,17,-13
A in|,31
8or at|-12
Bhas|,29
Binterview|,,20
Bpost|17
As|,18
3ply chain|,,-19
7planner|,-16,18
4ort desk|,15
8role|,,11
8technician|,13
9he|,12,-13
7s new|,-13
5se|19,11,-28
7 every|31
8i|31
9t|23
8that|,29
C's|,15
Ae|37,-15,-11
2re|13
4 about|,,14
6nyone|31
5he|31
6ow|31
5i|-15,27
6'll|,29
6f|,,20
6t|27,-15
7's|,,20
5my|-12,13
5she|17
6omething|,15
5that|18
9's|12,-13,14
7e|21
8re's|17
8y|15
7ings|,,14
8s|,,14
5what|41,-18
7ether|12,-13
7ich|31,,11
7y|31
5you|,,19
8'll|-19,11,22
9re|,,34
4ly|,,28
6 a|,,36
7the|,,20
3gery|-19
7 and|,15
4ical wards|17
3name|31
3prise|,,-21
8 but|17
9given|17
9to|23
8d|20
9 by|31
Agiven|34
Aif|,33
Ame|20
Athat|40
Ce|20,22
Bo|25,,-11
8s|,15
7ing|20
3veillance|,-13
5y|,-16,-22
6or role|,,13
4ived|-12,,18
8 the|,,23
2spect|12,17
7 i'll|,29
9t|20,18
8most|,29
9y|17
8not|,22
8that|,31
Ae|18
8you|,15
B'll|17,29
Br|,35
5nse|,,40
3tainability|-14,-16
E analyst|,-13
1wamped|,,38
2indon|,,11
7 site|,,20
4g|,,34
3tch|,-16
6board|-14,,23
6gear|,15
1ydney|,15
2stem|,,-12
6 and|,,-20
7i|,15
6s and|-12
8i|,29
0t|,15
1able and|,,23
6than|12
7o|,31
6which|,15
2ke a|-13
6s|,18,34
5home|15
5it|,,18
5one|,31
5part|15
5that|,-12,16
7is|,12,12
6ime|-18,,16
6o|,,36
5up|-12,-11,-24
5you|,-15
4n|11
5 a|,,-14
6into|34,-13
6the|31
6with|-12,13
4s about|17
6it|12
3ing a|,,-11
7me|-14,,-11
8y|,15
7so|,,34
7this|,,34
2lent|23
6ed|,29
3k again|,11,-17
6nd|,-13
5it|-21,-21
5on|,15
5soon|,29
5through|-21,-13,-20
6o|,17
5with|,-19,-11
4ed about|-18
4ing about|,15
8with|,,-16
4s|12,,17
5 so|,,20
2n|,-13
2rget|,16,-14
6 in|,13
6s|-12,20,-13
2sk|13,,-11
4 for|34
5i|,,20
6s|31
5was|,13
3ting|-14
7 menu|-15
2ught|-15,,-23
6 in|,29
7me|-11,,-18
2x|-21
1each|,,-20
5 the|-14,14,-14
6your|,15
5er|,13
7 of|,15
7s|,-13
5ing assistant|,-19,14
9demonstration|12,-13
9post|,,14
3m a|15,,-15
6ll|,,-15
6nd|,,-13
5behind|,29
5effort|,-16
6ven|12
8ry|,,-17
5for|-14,15
6rom|12
5gave|19,,-17
5had|21
6oped|-15,-18,-13
5i|,-14
6'd|,,-11
6f|-12
5lead|12,,-14
5made|15
5of|-23,-13
6ver|12
5put|,15
5remains|-11,-24
6uns|,-20,-14
5shares|,,23
6o|-15
6plits|,,-14
6till|,15
6upports|17,-15
5the|,20
7rough|,,-15
6o|12,-13
5very|,-15
5wanted|31
7s|,,-22
6ell|24,,-21
6ill|14,15
6ould|-21
5you|,,-11
4's|-12,,-12
6 plans|-12,,11
7time|-14,,-11
7work|,,-13
4s|,12
2ch|,,11
4nical and|,,20
Ainterview|,15,-18
Apresentation|31
Aquestions|,,-11
Atest|37
7ian job|,,14
Bposition|-21
Et|,11,-13
Brole|,-16
2enagers|,18
2ll from|,38
5her|,,34
6im|,15
5people|17
5the|20
8m|,,23
5you|,14,-12
4ing|,,-11
7 me|,,-17
8you|,-16,-11
4s|14,16
5 me|17,,14
6you|,17
2mplate|13
8d|31
4orary|,18
9 accommodation|,29
2n days|-22,,11
4minute|,-13
As|18,-11
4times|,18
4years|,27,-15
3d|,25,-13
4 to|,25,-13
4er|,,-11
4s|-14,35,-11
5 to|-14,35,-11
2rm has|,,-18
4inal|,11
4s|12
3ritory by|,15
Amanager|,,-11
Asales|,-15,18
2st|12,,-18
4 and|14
6utomation|,-13
5engineer|-12,-15
5for|17
5i|17
5lead|31
5nobody|34
5of|23
5so|12
5was|24,16
4ed|12,-13
4ing|-13,,-11
4s|,,-18
5 are|17
2xt|,-19
4ed|,,34
4iles|,29
1h|-14
2 about|,,20
4nd|,,15
4s|-12,,14
4ugust|-12
3edition|,15
3i'm|-12
4nstant|,,20
3july|-18
5ne|,,-17
3march|-20
3of|,,13
3so|-15,-22,12
3to|-19,-21
3with|-12,,-13
3you|,-13
2an a|11
6bout|23
6n|22,-13
7y|,,-18
8one|,42,-18
8thing|,,-14
5before|,-15
6y|,-13
5email|,-13
Aing|-17,,-11
5find|31
6rom|36
5have|,-13
6e|,29
6ow|31
5i|,,-15
6'd|-19,-13
7ve|,31
6n|,,-11
6t|,,-16
5just|,,-16
5keep|-14,-19,43
5later|,-15,17
6eaving|20,-13
5me|16,20
6ost|-26,36,-23
6y|14,-18
5not|12
5on|39
7ce|-12,33
7e|,17
5patient|,,34
5sending|-12,-15
7ven|,,34
5take|-12,-15
6he|13
8y|12
7is|,29,11
7ose|31
6o|-12,-15
6wo|20
5what|,33
7en|-18
5you|16,,11
8r|,15,11
9s|17,22
4k mr|,13
6the|,15
5ed|,15
5ful|,-24
8 for|,-20
5ing|,15
8 you|,15
5s a|12
8nd|-29
7heaps|12
7i|12
7so|-11
3t <n>|17
5a|15
6fter|15
Anoon|20
6n|20,-13
7d|,13
7other|,-16,14
6pplicants|31
6re|,15
7ound|,29
6s|,,14
7ide|36,-15
6t|,-15
5background|,15
7sis|16,-19
6eing|20
6y|,15
5came|,,-13
7ndidates|,,12
7uses|,-13
6ome|-12
9s|17,16
7uld|14,,-13
8nts|,31,11
5date|-22,-25
6epth|,33
6oes|17
9n't|,-18
7wn|,15
5energy|,31
6very|12,,14
Aone|18,-13
6xperience|,,-24
8ires|,,14
5for|,13
5gap|,-15
6oing|,-13
5had|27,,-17
7ve|,15
6e|,,11
5i'd|,12
7ll|-17,-19,14
6f|12,-11
6nto|17,-15
6t|,-11
7's|23,-22
5kind|,,-20
5lasted|31
6eaves|,,34
7vel|-12,37
5matters|,-15
7y|18,-15,-11
6ight|,-19,-14
6ost|20,14,-11
7ved|,18
5never|,15
6o|,24
7body|23
7t|12
5once|,29
6pen|17
6ther|26,,11
6ur|-15,12,-11
7t|15
5pace|,15
7rt|15
6roblem|,31
8file|,15
8mise|,,36
5question|36,-15
5said|,,16
7me|-15,20
7ys|,15,-11
6ite|12
6o|,,34
7meone|15
6uits|-17
5talks|,,20
6ells|14,13
6he|15
8re|18,,-11
8se|,,20
8y|17
7is|-24
6ime|,-25
6o|,17
7ok|23
6reats|31
6wo|25
5we're|,-13
7ek|,-18,-11
7nt|,,11
7re|15
6hen|,18
6ill|15
7ndow|-12,-15
7th|,11,-15
9in|,29
6on|,31
8't|34,15
7rk|-22,-24
7uld|-17
5you're|-12
9ve|-17,,25
8r|20,,-18
4's easier|-12,-15,18
8xactly|,18
7fine|-14
7possible|,-13
7understandable|,,34
2e <n>|-11
4accessibility|-12
7ounts|-13
6ting|39,-15
7ual|36
5d|36
6vert|27,-22
Aisement|29
5fternoon|11
5ge|,29
7ncy|16
5ir|,,14
5nswer|11,,12
5pp|,29
7lication|12,-15,-11
7rentice|,-15,20
8oved|,18
5rbitration|,15
6ticle|,,-13
5ssessment|11
Aors|20,,-11
5tr|,,-11
6tention|14,20
5uditors|,15
6thority|,-13
7omated|31
4back|,,-15
8log|-12
6kery|,18
6ll|,,38
6r|,24,-13
6sic|,,14
5ench|,15
6st|,,-12
6tter|-18,-16,22
5ig|,29,-15
7gest|,22
6lingual|-12
7ling|,,-11
5oard's|-12
9s|,29
7ts|,-13
6nus|,31
6ok|,15
8s|17
6ttom|15,20
5rief|24,,-23
7gade|,12
7sbane|,,-11
8tol|,-19
5udgeting|,,-13
4caf|,13
6lendar|18,-15,14
7l|12
7mest|,29
6mpaign|15
8us|,,-13
6ndidate|23,-11
6rdiac|-19
7e|-15,-12,-12
8ers|,-16
5ertificate|,,-16
5fo|,,14
5hair|,12,-13
7llenges|-14,,-11
7nce|,,-12
7rge|,,-14
7t|,18
6ef|-12
6ief|-14,14
7n|18
6oice|,13,-16
6urn|,,-16
5ider|,18
6ty|,15
6vil|,29
5lass|,13
6ear|,-18
6ient|,11,-17
A's|,-13
6ock|20,,23
7ud|,22,-11
5o|,-15
6astal|,,-13
6ld|,-15
7lections|15
9ge|-12
6mmittee's|,,-20
8ute|,-22,-13
7pany|13
8etency|,18
Aition|,15
8liance|-21,-11
6nditions|31
7fusion|20
7servation|-14
7tent|,-12
7versations|,,-23
6operative|,18
6py|,15
6re|,,14
7ner|,15
6uncil's|,-19,14
8ter|,15
9ry|,31
9y|,,-22
7rse|-14,,-11
8tesy|15
5riteria|36,-13
5up|,29
6rrent|,,-20
6stoms|,-16
5v|36
6s|,15
4date|,-26,12
8s|,-13
6ventry|,,14
5ealer|,15
6brief|,15
6ciding|14,-13
8sion|12
7khand|,-13
6lay|,17
6monstration|,15
6ntal|,-15,11
6partment|,,-13
E's|,,-18
7uty|14
6tailed|,,-16
5ifference|,22
6rection|,-15
Aor|,16
6strict|,,-21
5octors|,29
5rive|-17
9r|,-13
4earlier|36,-15
Ast|-21,-23,47
6siest|,37
5dge|31
6itorial|17
5ffort|31,,18
5lectrician|-12
6igibility|17
5mail|23,-13,-24
6ergency|-19
5ngineer|,29
Cs|,15
7lish|,15
6terprise|,15
7husiasm|,,34
6vironmental|-19,-21,-16
5state|12,,-14
As|,-19
5uropean|,,14
5vening|-17
8t|,15
5xam|-12
6ercise|12,-16
6perience|,-19,-14
4fabrication|,-13,14
6ct|,11,-14
6lls|-12,-15
6rm|,20
6stest|,35
5ee|,29
7dback|16
7ling|23,,11
5ifth|,,14
6gure|24,-23,-18
As|,,-16
6le|12,-16
6nest|,37
6re|-14,,14
6t|14
6xer|,29
5loor|,16,-15
5ocus|,-13
6llowing|15
6od|-17,-23,14
6recasting|-15,,-13
7klift|-12,-18
6undation's|,-13
7r|,-19
8th|24,,11
5rank|-19
5ull|,,-17
6ture|,,-31
4gallery|,,23
7way|31
6p|,,-13
6rden|,,-14
5eelong|,15
6neral|,,14
7omics|17
5o|,15
6vernors|,-13
5rade|,-15
8uates|17
7nts|,-24
6ound|,20,-19
7wth|,18
4halden|,18
7f|20
6rbour|-11
7dest|-12,17
7vest|,-13
5eritage|-14,,-11
5igher|12
9st|-22,46,-18
8light|,-15
6nt|34
6re|21,-22
7ing|17
5olidays|-14,-13
6me|,-13
6tel|,13
6ur|18
7sing|,,-25
5ybrid|-12,15
4icu|-12,13
5dea|,12
8l|,31
8s|17
5maging|,11
6pression|39,-16
5n|,,11
6dustry|-12,20
6formation|18,,-14
6side|,-13
7pectors|-12,33
7titute|12,,-11
6tegration|,-15
8rest|-14,-29,-24
9nal|13,,-13
9viewer|28,-13
Fs|15
Ds|11
6ventory|-14,-19
7itation|12,-16,-11
5ssues|,29
5t|-17,,-11
4job|12
4key|17
7note|,31
5ids|,,14
4lads|,13,-14
6mb|-12
7p|,15
6rgest|-14,26,-11
6te|,,-11
8st|-22,,38
6unch|,,-15
5ead|,15,-18
8ing|,15
7se|17
8t|31,,20
6gacy|,,-11
6nders|,15
6sson|17,-13
6tter|17,-22,-17
6vel|,,-15
5iberty|,15
7rary|,-12
6kely|15,-15,-13
6ne|13
8s|,,14
7k|,-20,-13
6sbon|,18
7ting|26,-16,-13
6ve|12
5obby|,20,11
6cal|-19
9isation|,-15,11
6gistics|,-13
6ng|-17
6op|,,-11
6vely|,29
6west|,31
5unch|,,-11
4machine|,31
6in|,,-17
6laria|17
7e|31
6nagement|-15
Ar|18,,-11
7chester|,29
6rina|-14,,-11
7ket|,,11
6ths|12,-15,11
7ron|,,20
7ter|17,,20
5eantime|-24,,-20
6chanical|-14
6dical|-15,12
6rger|-12
7it|31
6ssage|23,-19,-15
6tro|,15
5iddle|,-11
7lands|,,11
7west|,18
6ll|17
6ne|17,-15,11
7ing|-12,13
8ster|,29
Ary|,15,12
6ssion|,29
5obile|-19
6delling|,,-13
6ment|,,12
6nitoring|,-13
7th|-22
9ly|-17
6re|,,-11
7ning|14,,-11
6st|-12,13,-15
6ve|,,-11
4name|31,20,34
6tional|-12,39
5eedful|,,34
6twork|-19
6wer|,18
5oise|,15
6rth|,13
9ern|,,-17
6te|17
8s|26,,-13
5umbers|12
7eracy|,29
9ical|20
6rse|,20
4office|,,12
5ld|,,-19
5ncology|-14
6e|,,-12
6line|25,-11,-17
7y|,26
5pen|18
7ration|,29
5ral|,15
6ganisation|,-18,-14
6iginal|,,-15
5thers|-19,24
5utcome|12,-16
7patient|-15
7reach|-14
7side|26,,-11
5wners|,18
4pace|-18,,-16
7k|,15
8age|-18
6iring|,,-15
6nel|11
6perwork|,,14
6rtner|,15
Bs|,15
Chip|,-13
8s|17
6ss|-13
7try|,-15
6tience|,-13
6yments|,,-12
7roll|-12
5eak|,15
6ople|,12,-12
6rfect|,31
7son|12,14
5hd|,15
5ilbara|20,18
6pe|,29
8line|,13
5lan|-12
7yhouse|17
5odcast|,,14
6ol|12
6rt|,,-16
8al|34,-13
6ssibility|-14,,-14
7tdoctoral|-11,,11
8ing|31,-22,-16
5ractical|,-24,-20
6e|,15,-11
7paration|12
7sentation|,,-17
7vious|17,13
6ice|,15
6oblem|,,-15
Bs|,18,-15
7duction|-19
7file|,29
7gram|,,-16
7jects|,18
7perty|12
5ublic|,,-18
9shed|23
4questions|16,,-26
7ueing|17
6ick|,,-17
7et|-12,-15,38
4range|18,-20
6te|,15
5eadme|31
7l|18
7son|11
As|31
6ception|,15
Dist|12
7onciliation|-12,-15,11
8rd|18,,-15
Aed|34,-13
7ruiter|24,-19
Bing|17
6financing|-18
8t|,15
6gion|,26,-13
Aal|,,-13
8stered|,-13,18
6jection|42,-19,-14
6lationship|,13
7iability|,18
6no|,15
6opening|,15
6porting|,,-17
6quirements|25
6sponse|,29
7t|,14
8aurant|,,14
8oration|,,34
8ructure|-12
7ult|,-21
As|,18
6turns|,15
6venue|,,11
7iew|,15
5iver|-12
5oadmap|31
6llout|-12
6oftop|12
7m|13
6stering|,29
6ta|,,-20
8tional|,15
6ute|-12
5unning|,-16
4safety|,,-14
6ke|,31
6lary|19
5cale|,29
6enario|,,-13
6ience|,,-14
6ope|,-13
7re|20
8ing|20,-15,-11
6reen|12
Aing|12,-16,-11
5earch|,-14,-15
7t|15,,11
6curity|17
6lection|14,-21
6nior|,11
7se|20,,-14
5hared|,15
8pest|,13
6op|,13
7rt|-11,,-18
9list|21
5ilence|12,-21,51
6ze|,31
5low|,33
5oil|-15,-18,12
6le|,15
6oner|,,36
6rt|,19,-14
6uth|,13
5pirit|,,-11
6lit|,-13
6orts|,29
6readsheet|12,-16
5tandard|16,,-17
7rt|13,-13,-11
7te|-17,17
8us|,,12
6ep|,29
6rategy|-17,26
7ength|34,,22
7ongest|,30
6udent|-14,,-11
Bs|,,-18
5uccessful|23,-19
6pervisor|17
7plier|-12
6rgery|,-13,14
6stainability|-12,-15
5witchboard|-12,,20
5ystems|-18,18,-14
4table|14
6ke|12
6lk|17
6sk|,15
7ting|,,-18
6x|-15
5ea|-18
7ching|,-24
7m's|,,-13
8s|12
6chnical|,,-12
Bian|,15
6rminal|,18
6st|,-15
8s|,15
5hing|,29
7rd|17
6ought|,15
Bful|,,-11
6ree|15
5icketing|,15
As|,15
6ll|,15
6mber|-12,13
7eline|-15
8r|20,-13
6tle|,15
5op|,15
5rack|14,,-15
7in|,,-13
9ee|,-12
7vel|,,-18
6easury|-14
6ibunal|-12,13
6ust|,,-18
7th|,15
5urnaround|-14
5welve|12
7nty|25
5yping|31
4university|-19
5pdate|20
As|,-13
5sual|,15
4verbal|,-13,23
7y|-15,24,-15
5ideo|,,-18
6sit|,,-22
5olunteer|,-24
Ds|-12
4wait|,,17
8ing|,,20
6llabies|,29
6rm|-21
8th|31
5eakness|,15
6dding|,29
6ek|,,16
8's|-12,,14
8end|,,19
6ld|,15
6stern|,15
5hole|,,-18
5inter|,,-14
5orking|,,-14
7st|,15
5ritten|,-18
6ong|22
4yarn|,,34
5ear|,11,-21
8s|,15
5oung|,15
9est|,29
7th|,,-16
3atre|-15,,-11
7 nurse|,15
3ir|,,-11
5 cto|,15
6deadline|-14
6first|,,-17
6minds|37,-13
6own|-15,16,-15
6questions|-17,,-14
6side|17
6team|,29
6whole|17
5s|-19,,35
3m about|31
6gain|23,-15
5before|,,14
5have|-12,33
5i'll|,-13,23
6n|-14,12
5next|,-13
5on|-14,-13
5through|17
6o|,11
5waiting|,,38
6ill|,31
4selves|,11
A and|,15
3n|,-12
4 i|,-12,13
6'd|-23
7ll|-20,-22,34
7ve|,-16
6t|-14,-16,-11
5told|31
3re a|-12,-13
7nd|,13
8ything|-23,-22
6for|34
6has|17
6is|,,-11
8n't|,29
6so|,15
6to|25,-16,-11
6was|,-26,-20
7e|31
8re|15,-15
7hich|12
5's any|-20
Bthing|-15,,-18
8news|-12,-15,22
9o|-14,-21
5fore|,-13,11
3sis|-15,,-15
3y are|,,-14
5can|14,19
8't|,15
5didn't|,15
6o|12
5had|,27,-15
7ve|-21
5made|,-13
5said|,20
7y|,15
6ee|,29
6how|,29
5usually|,29
5were|16,11
4'd|,21,-18
6 had|,29
7never|,29
7seen|,20
5ll|,15,-11
7 tell|,29
5re|,18,-20
5ve|-34,11,-30
7 asked|-28,,-25
8ever|,33
8had|,31
8run|,29
2in|,,-11
4g|11
5 feel|17
6i|,,-26
6monday|,-13,34
6to|15,,11
6your|17
5s along|-12,-15,29
8re|,,11
7down|-12
7get|,,34
8o|-15
7happen|15
9ve|,,25
7open|,,34
8ut|,,20
7simple|,,34
8tand|,,12
7take|,20,25
8hat|12,-15
8o|15,,14
7up|-20,,23
4k|,11
5 a|18,,16
7bout|,13,-14
6highly|20
6i|-11,,-17
7'd|,21,-16
8m|,37
7t|,11,-11
6my|,,-18
6says|,33
6that|-12,14
A's|,-13
8e|12,,-11
9y|,18
8is|,,-14
6we|,22
6you|14,17
9'd|,30,-18
All|,42
Ave|26
9r|,38,-11
5ing about|-12
9it|,-15
9since|,,20
9to|,29
3rd|,,13
5 email|,-13,36
6interview|36
6note|,,36
6of|,31
6quarter|,15
6time|17,-18,29
4ty minutes|23
7one|,,20
7seconds|,,14
7years|,29
3s as|,,14
6utumn|-12
5back|,,34
6efore|34,-13
6ut|12,15
5can|20
6ity|,29
5drag|,,34
5evening|,,20
6xperience|,-13
5field|,29
7nds|,,11
6or|,,34
6riday|-19,-21,27
5industry|,29
7terview|31
6s|,,18
5job|-16
5kind|-12,26
5level|14
6ong|,,45
5matter|,,36
6essage|,15
5news|,,20
6ot|,15
8e|,-13
5one|,,13
7ly|,,-16
6ut|,,34
5point|,,25
7st|,17
6rocess|20,,11
6uts|,,34
5quarter|,20
5reached|17
7gion|,31
7sult|31
6ound|,15
5search|,-13
6hort|,15
6ize|,24
6o|,,14
6pring|,,-16
5time|,-13
6o|,,21
6urns|,,20
5very|,29
5week|,,20
6hole|17,,20
5year|,,-11
9's|,13
2orough|12
8ly|,15
3se of|31
3ugh|14
6 and|20,-13
7i|14
8'd|,13
9ll|23
9m|18,15
8f|31
8n|,15
8t|20,-13,-11
7not|31
7that|37,-18
9e|13
6t a|,,21
9bout|,,-15
9n|,,38
8i|-13,-15
9'd|,,11
Ave|,-18,-13
8more|-12
8that|,15
Ae|12
9o|20
8you|,,-20
B'd|,15
7ful|-12,,-15
A questions|-14
7s on|,-13
4sand|-12,17
2ree and|,,14
6companies|,,20
8nversations|31
8untries|12
6days|,,11
7id|31
8fferent|31,-18
6engineers|,15
6hour|31
6interviews|36,-22
6month|,-13
Bs|-20
6of|,18
8fers|,31
7ther|-14,26
6panel|31
7eople|23
6rounds|23
6separate|31
6times|25
6weeks|,-18,15
6year|20
As|,,-29
4w|20
3illed|-13,12
8 to|-13,12
3ough a|,13,-17
9ll|17
9nd|,,14
Ay|-12,-15
8for|-14,,23
Aur|17
8how|,,-14
8in|,-15,11
8most|31
9y|14
8so|,,34
8them|,13
9wo|12,14
8your|12
7out|,-15,-16
A and|12
Bthe|-17,-16,-11
4wn|36
2ursday <n>|-18,,-15
9afternoon|-14,,20
At|-14,-16,31
9for|-17
9i'll|,,34
9morning|,,20
9so|,,32
8's|,,-13
A interview|,-13,-19
1ick|12
4ed|31
5t in|,15
6s|,,-18
4ing|34,,11
7 exercise|34
2er|,,14
4 <n>|,,20
2ght|-12,,11
2ll|,17
4 system|,15
2mber|-12,13
3e after|,,-15
5even|,-13,23
8ryone|,15
5for|17
6rom|-15,-18
5i|,-13,18
6s|-17
6t|25,-13
5lucky|,,34
5my|,,34
5or|17
6ver|,,-14
5please|,,36
5round|,18
6unning|,-13
5sensitive|,,20
5that|15,,-13
7e|17
7roughout|,-16,-11
6oday|-17
5when|17
5yesterday|,,-14
6ou|,,-13
8r|24,,-14
4d|34,-13
4line|-20
8 and|,,18
9can't|,-13
9for|-20,,-18
9i|-15,-18,-15
A'd|-18,,-13
9you|,,11
4r|20,-13
4s and|13
7t|17,29
6i|,15
6now|31
6the|,18
8is|,,18
4table|,,-16
3ing|-16
6 and|,15
7would|-12,-15,-13
2p|12
3ped|,-15
2tle|,15,-16
5s|,18
1o <n>|-14,-13,-21
3about|,-13
4dd|-26,,-23
5just|,15
5mit|31,13
4n|16,-12,-18
5other|,-13,14
5yone|20
6thing|,,20
4pply|,-22,-36
4rjun|,15
5range|-14,-16
6ive|,,20
4ssess|31
6ume|,,20
3being|,38
5lieve|46,-13,-11
4low|-19,43,-16
4oast|,33
5ther|,-13
4rag|-14,38,-11
5ing|-19,11,-16
4uild|,,-22
3cancel|17
6didates|36,,11
5tch|15,,25
4hange|,-11,-18
6se|-12,-15,25
4larify|,-16
5ose|,,14
4ompare|,20
7lete|,-16,-14
5nclude|15
6sider|,,14
6tact|-14
7inue|,,-18
7ribute|-11,,-25
5rrect|-15
5unt|20,-13
5ver|,,-13
3date|,-21
5y|,,-15
4ecide|-20
5scribe|15
4raw|31
3either|,,23
4mail|,-19
4nd|12,,-11
5quire|,15
4vent|12,-13
6ry|21
4xpect|14
6lain|,,-25
6ress|,-13
3feel|28,-12,-18
4ill|,,11
5nally|17
6d|,18,-15
6ish|,,-14
5t|,-13
5ve|,-13
5x|,,14
4lag|16,-19
4ocus|,-13
5rtnightly|,-13
7y|,15
3grow|,,-13
3happen|,33
5s|,33
4earing|,,-18
5lp|-14
4im|12
5re|,26
5s|31
4old|,,17
5me|-21,,-18
5w|,-16,-11
4urry|-12
3improve|-23,-26,-20
4nterview|,,-16
3join|-14
7ing|-20
5ke|,29
4udge|28,-16,-11
5st|,,20
3kindly|-12,,11
3land|,24
4ead|,15
6rn|,,-13
6ve|,,23
5eds|,-15
4ong|17
5ok|18,-14
5se|,,27
3manage|,18
5tch|,17,18
4eeting|12
5ntion|,,-17
4iss|-12,,20
4ost|,15
4s|,12
3name|-12,20
4ext|-12,,-11
4otice|17
3on|17
5e|,,-11
5ly|,31
4ther|12,-13
4ur|12
5tside|31
3pay|17
4eople|34
5rth|,,14
4ick|17
6ture|-12,-15
4lan|,-27,35
4op|,13
4repare|,-19
6sent|,,-11
5ioritise|,,34
5ogress|31
6mote|12
6vide|-22
8ng|,33
3rate|36
4each|-17,-18
6d|15,-16
6ffirm|-12
6rrange|20
5ceive|,-21,13
9ing|,,14
6onnect|12,-13
8sider|20
5gret|31
5locate|,,-11
5member|,,20
5place|,35
7y|,-29
5spond|-21
6t|20
5turn|,15
4ush|-20,-12,-18
3satisfy|31
5ve|-12,,23
4eeing|20
5nd|-11
5rve|,15
5t|,29
6tle|,,20
4hare|,,-23
4ign|,,22
5ncerely|,29
5t|,,11
5x|,15
4ketch|,15
4nap|,31
4omeone|18,-28
5rt|,15
5und|,26
4pam|,,36
5eed|-15
6nd|-13
4quare|42,-18,-16
4tand|,15
6rt|-13
5ep|-12,18,-11
5op|17
4upport|,,-17
3teach|,,-18
4hank|,,-20
6t|-12
5ink|11
6rty|,,14
5ree|12,-13
4om|,29
5uch|-12,13
4rain|-15
5eat|,,34
5ip|31
5ouble|-12,,20
5y|-11,,-17
3understand|18,,-13
4pdate|-15
3visit|,-18,-13
3wait|-23,-14
5lk|,,-24
4eigh|12,18
4hichever|,29
5oever|,-13
4in|,31
5thdraw|,,-38
4orry|,18
4rap|-12,,23
3your|-12
2day|-14,,14
5 and|,12
7s|,,34
6for|-12
6i'll|,,34
7f|,,34
7s|,,34
7tself|,-13,43
6or|,,34
6the|,,20
6would|,,34
2gether a|,15
And|,,-11
At|31
9in|-12,,-14
9on|-14,,-11
2ld|14
4 at|15,-15,14
5by|12
5i|20,,14
6'm|15,35
6s|,31
6t|36,-15
5me|15
6y|,,17
5no|17
5that|31
7e|19,15
8m|-15,,18
6o|15,,11
5you|19,,-11
2masz|,15,34
3orrow|-31,-33,62
8 at|,,36
9evening|,,34
9i'll|,,38
9morning|,,34
2night|,,34
2o confident|,15
4early|,-13
4for|,-15
4long|-12,-15,22
4much|13,-23,14
4senior|17
5o|,,38
3k a|20,-12
6n|,,23
5five|31
5over|-21,,-19
5that|,,20
7e|,11,-15
6wo|,-15,12
5unpaid|31
3l|,,-15
4s|,,-15
2p|,19
3 of|,21
4within|,29
3ped|-12,37
6 the|,33
2uch about|17
7nd|,,-11
7s|,18
6for|21,,-14
6in|,,-11
6should|,18
6with|,-15
5ing|-18,,12
8 base|-17,,14
3gh one|,-13
3r and|,,11
5i|,29
4ing|,,-11
2wards|,-21
3ers|,29
3n on|,,34
5which|,15
1rack|,11
5 me|,,20
6record|,31
5ing|-14
3in home|-15
5ed|-12,17
7 half|,29
8in|,,20
6e post|-12,,18
8role|,-13
8scheme|-12
6r|12
5ing|-11
8 as|,-13
9centre|12
9manual|,29
5s|,,20
6 and|,,20
3nscript|17
5fer to|,,20
6ormation|,20
5lation|,,-16
8or|12,,12
A role|17
5parency|,,-16
C i|,,-11
At|-18
6ort planner|-12,-15
3uma|12,15
3vel|,,-21
6 to|20,-13
6led|29,-20,11
9 down|,,20
Afrom|31
7ing|,-20
A from|,-13
2easury|-18
4t|,,23
5 my|,,36
6this|,,17
5ed|26,,34
7 as|17
5ment|,,-13
5s|36,,20
6 applicants|,,20
2ial on|-17,19,-14
3bunal|-15,17
3cks|,20
3ed|-19,,13
5 to|-12
6your|,,23
3p|,-20,-18
4 people|31
2ouble|,,11
7 you|,-15,17
2ue|12
3ly|,13
3mpet|-20,44,-17
7 but|-19,43,-16
3st the|,14,18
8is|,,14
6you|,,13
9'll|,,34
5ees|,,-13
5ing|,,38
5s|-12,18
3th|,12
5 is|,29
2y again|,,14
4not|25
4something|-14,-19,-11
4the|,-13
5o|,19,-13
1uas|,15
2esday i|,,20
9'm|,15
8morning|,,20
8to|,-22
7's assessment|,15
2rbine|15
3n|,12
4around|,12
A at|,18
4ed|,,19
6 around|,31
7down|,,30
7out|25
7round|,29
7the|,18
4ing|,,11
7 it|,,20
1welve month|31
Cs|-12,20
7years|,,-18
3nty|15
6 five|23
7hours|20
7minute|39
Ds|27
7percent|,29
7two|,33
7years|,18
2ice|18
5 already|,,25
7nd|19
6during|25,-16,-11
6in|18
6last|,15
6so|12
6the|,31
7o|,,18
6which|31
7ithout|31
6yesterday|,,34
2o and|12
5pproaches|,29
4cancelled|31
5olleagues|,-15
4emails|16,-18,29
5venings|31
4hours|18,,-13
4i|12
5n|12
6ternships|,29
9views|14,-11
4line|41,-18
4members|31
5inute|17
5onths|,,16
6re|-12,20
4of|,,-17
6fers|,33,17
5r|-15,,12
5ther|-23,,34
4people|12
5revious|,,14
4quarters|,17
6estions|31
4references|,-13
5oles|,29
6unds|,,20
4similar|,-13
4things|-14,-16,-11
5imes|,,11
4unpaid|17
4written|20
4years|,,-17
1ype|,,-11
3ical|,15
4ng|25
0uk|,,-14
2rainian|17
1nanswered|,,36
A i|,,34
2cle|,18
5 who|,29
5's|,22
2der a|,15,14
6budget|,39
6forty|,15
6review|25,-13,36
6the|,,-11
8ree|,,20
5ground|,-16
5sold|-12,15
6tand and|-17,-16,-14
Bhow|19
Bi|,,38
Cf|,-14
Ct|,-16
Bmy|,,34
Bthat|,-27,18
Dere|,-15
Ese|,-13
Bwhat|13
Dere|20
Dy|25,-16
Byou|,,-21
Er|12
Aable|,-15,12
Aing|,-16
7ood|,,-20
2fair|31
6 to|34
3ortunately|12,-13,-11
2heard|,31
7 of|,31
2ilever|,15
3t manager|,13
4s|-12,12
3versities|,29
2less|,-13,25
6 i|-20,-22,31
7you|,,27
3ike|31,15,20
2paid|23,-23,17
6 day|12,-13,20
7leave|20,,34
3rofessional|42
2successful|34,-13
4re|20,-13
2til|-11
5 <n>|-24,-15
6a|,,34
6friday|,,23
6i|-14,-18,31
6monday|,-15,11
6the|-21
9re's|,,36
2usual|-15,27,-13
7 at|,29
7ly|,15
1p about|,-13,23
4fter|18,,-11
4gain|,,18
4ny|,-13
4t|-21,,12
3but|17
4y|-14,22
3doing|,29
3email|17
3from|18,,-11
3his|31
3i'd|,,-18
5ll|,,20
3more|-12,-18
3next|,-16,-14
3once|,-21
3quickly|,-18
3rather|37
4egarding|-12,,27
3since|,20
4o|,,11
3that|-12
5eir|36
4wice|25,-13
3well|,15
4ith|,,-22
3your|,,14
2date a|,29
8nd|21
8t|,-15,42
7before|,,-14
7from|-18,,12
7i|,-21
8've|-17
7me|,,42
7regarding|,-13
7since|-20
7the|,15
9is|17
9ough|34
8oday|,,34
7when|,,-13
8ould|,-15,20
7you're|-14,-16,-14
6d|,,-13
7 timeline|-14,-16,-14
6s|-12,-16
5ing|20
8 the|31
2front i|,,20
2loaded|18,-16,-11
8 my|17
2psala|,18
2s|,,-11
1rban|-14,,-11
2gency|17
5t|,-13,29
6 i|,,36
6ly|,,44
1s|11
2 a|17
4nd|15,,11
3both|21,-16
3i|,15
3the|,18
4o|-17,,27
3who|17
2ability|,-13
2e|,,-17
3 it|,-16
4of|,15
4the|-12
3d|,11,-33
4 in|,-13
5the|,,-11
6o|,22,-25
3ful|,,-23
6 as|,-13
7for|-19,,-27
7i|-12,,-13
7to|,,-16
7while|,18
3r researcher|,-15,11
4s|,,-14
3s|,,-13
2ing|,15
2ual|,11
5ly|,20
7 do|,29
8means|20
8see|,29
8the|,31
1trecht|,18
7 and|,15
0vacancies|12,-11,-27
9 at|,,-11
Ain|20,-13
6y and|12
9t|,-18
8i|,,11
9'm|17
2lid|-17,-21,-15
5 until|-15,-20,-14
3ley|-15
3uable|-12
4e any|-19,-21,-18
6the|17,-15
5d hearing|-15
7the|,14,-14
5s|14,11
2n der|,,-11
1endor|12,,-11
2rbal|-17,-19,14
6 offer|-17,-19,14
3ification|,,-11
3sion|,,-13
7 is|17
3y close|14,-18
6oncrete|,-13,14
5eager|-14,15
6nthusiastic|-16
5few|-12,37
6irst|,33
6ond|17
5glad|-12,,-14
6ood|,,-16
6rateful|-21
5happy|-20,,-12
7rd|21,-13,22
6elpful|-21,,-18
5interesting|,,-18
5little|18,,-11
5nervous|,29
5patient|,-13,23
6leased|-21
5soon|,,36
6trong|17
5taken|,15
6hankful|-12
5welcome|-15
8l|12
2terinary nurse|,,20
1ideo|,,-16
5 call|,-18,-13
6link|12
2ew|12
4 by|,,20
5of|16,,-14
4s|,18
2ne|,13
2sa|,-27
4 runs|,,14
3it|,,-11
5 and|,,-17
6in|,,-13
6on|,15
6to|,,-18
5ing|-17,,-16
5or|-14
5s|,-11
1oicemail|-18,-20,36
9 on|,-13,23
9s|,-13,36
2lume you|,-13
4nteer|,-15
9 programme|12,-13
Arota|,-13
9ing|12,-16
C at|,-13
9s|-19,,-16
2ted|,29
1p|-17,19
0wait|,,15
4 i|,-13
6n|20,,23
7definitely|,,34
5long|,,34
5past|,,34
5to|,,-16
5until|-14,,-11
4ed|14,-13,20
6 a|,,23
4ing|,-12,30
7 as|,,36
8for|,,29
8has|,,34
8indefinitely|,,36
9s|,,38
8on|,,20
8room|,29
8since|,-16,45
9o|-12,,29
8times|,-13
9o|,-18,28
8without|,,34
2lk|,,-17
4 anyone|17
6round|20,-13
5in|,15
5me|,,-13
5you|,,-13
4ed|23
6 in|29,-20,-15
7out|17,29
3l|,29
4abies|,29
2nt me|,,34
6y|-12,-15,11
5this|-12
5you|-12,-15,-13
4ed|-13
6 to|-15
7you|-30,,-26
4ing|,12
7 to|,29
4s to|,12,12
2rd and|-12,,11
5i|-12
6s|,-15
5manager|,18
5without|,29
4s|,,-15
3ehouse has|,-13
Alead|12
Aoperations|,18
Arole|17
Asystems|12
3mth|31
6 of|31
2s|,,-11
3 <n>|,-13
4about|13,,-17
5ctually|15,,-15
5dvertised|31
5lmost|17
6ready|37,-16
6ways|27,,-15
5n|25,-13
5s|15
6ked|31,,-14
5t|,15
4based|31
5eing|18
5rought|,,20
5uilt|17
6sy|-12,13
4called|12
5hosen|31
5onfirmed|17
5ut|34,-13
4delighted|,,20
5ifficult|23
5one|12
5ue|17
4encouraged|12,-16
5specially|,18
5ver|34,-13
5xactly|15
4filled|31
6rst|31
5or|25
6und|20
5rozen|31
5un|-12,33
4genuinely|,,-17
5iven|20,-20,-13
5ood|,,-20
5reat|-23,11
4handled|34
6ppy|,,-19
6rd|40,-19,-14
5elpful|-15,,-11
5oping|,-26
4i|20
5mpressed|-20,,-15
5n|15,,-20
6teresting|12
9viewing|15,15
4judged|31
6st|12,15
4kind|-21,,-18
4led|36
5ooking|34
6vely|-23,20
4made|43,-18,-13
6rked|36
5eant|21
5ore|14,,-14
6stly|18,,-13
6ved|12,,-11
7ing|,15
5y|-12,,-18
4named|-14,38,-11
5ever|44,-19,-13
5ice|-12,20
5o|12
6t|19
4offered|17
5n|12
6e|,-15
6ly|25,-13
5pen|31
5ver|,,20
8qualified|17
4picked|,29
5leased|,,-11
5retty|17
6obably|,31
7mised|34
4quite|,,-14
4re|34
6ached|34,-13
7d|34,-13
8y|,15
6cently|,33
6scheduled|12
4settled|34
5hortlisted|,15
5omething|-14
6rry|,,-15
5pent|34
6oken|31
5till|12
6ruck|,,-14
5urprised|48
4that|29
6e|,11,-20
7re|26
5old|20,-31
4under|15
6professional|34
6usually|,15
5seful|,,-11
4very|,,-15
4what|20
5orth|,,11
5ritten|12
4your|20,-13
3n't|14,-13
6 a|-12
7expecting|31
7possible|31
7sure|,-13,23
7the|12,-13,-11
8o|,-13
3te|19,,14
5 of|30
5d|,20
2tch|23,,-11
5ing how|-17,,-14
9the|,-13
3er|,,-11
3tle|12,-13
6 grove|17
2y and|,,16
4below|,,11
5ut|37
5y|-12,-16,40
4i|,,-25
5'd|-14,-13
5t|,,12
4of|18,-20
5r|-21,-24,51
4round|,15
4so|,,18
4thank|31
5o|14
4which|,,18
5ithout|,,34
4you|-26
3s|17,,12
4 to|,13,20
1e all|31
4re|20,,27
3both|12,24
3could|18,,-11
4ross|,,-18
3didn't|15
5scussed|-11
3get|,15
4ot|,15
3had|,,-16
3last|,12
4earned|-12,-15
4ost|,-15
3may|,29
4eet|12,-13
5t|-18
4ight|,,23
4oved|-15,,-13
3never|34
3reduced|,-15
3set|,-13
4peak|12
6nt|37,-13,-11
5oke|-14
4tarted|12,-16,-11
3talked|-16
3used|,-16
3went|17
5re|16,-16
4ould|17
2'd|12
3ll be|,,17
3ve|,,11
2aker|,-13
4ness|,26
8 is|,31
8es|-12,12
2bsite|41,-20,-15
2dnesday|-12
9 about|,,-28
Bnd|-15
Bt|,,36
Aevening|,-13,23
Afor|-26
Ai'll|,-13,40
Ato|-15
9's|-14
2ek about|-17
6s|,,21
5because|,,36
5for|-19
5i'll|,,34
6t|,,36
7self|,,20
5one|,20
5since|-12,,18
6o|-12,-11,12
5that|,-18
7e|,,14
7ough|,15
5until|,,38
5which|,,-14
6ith|,12,-13
9out|,,25
6ould|,,25
4end|,,11
7 and|,-13
8i|,,20
8on|34,-13
8so|,,20
8to|31,,11
4ly|-21,,-20
4s after|23
6notice|-12,,-22
8w|-12,-15,38
6of|,-20,16
7n|,,11
6since|-11,-33
7o|-21,-11
6to|,,12
6without|17
2igh|12,15,11
5ed|25,-15,-11
5t|-17,-16,20
6 off|,-13,36
2lcome|,,-19
7 a|12,,-19
9nd|,,-11
Ay|,-15,-19
9t|,,11
8hearing|15,,-24
8it|17
8the|,,-23
6ing|,,-13
3d|,13,11
4 test|,15
4er position|,18
3l as|,12
6t|-26
5before|,17
7low|20,12
5for|-18
5i|,-22,14
6'd|,31
7m|-14
6n|,,13
5now|,31
5of|31
6rganised|,-13,-19
5past|,,34
5run|,13,-13
5so|,-15,18
5that|17
6o|-12,-18
5with|20,,-13
4ington|,15
2nt|11
4 about|,31
6nother|,15
5back|34,-15
5from|-20,,-17
5on|31,-20,-15
6ut|21,,-15
5smoothly|-15,,12
6o|,15
5through|18
6o|17,-17,-12
5well|,11
6ith|20
6rong|20,-13
2re|11
4 a|,13,-18
5ever|17
5in|,,14
7terrupted|31
5looking|18
5not|23
5on|12
5the|12
5very|,17
4n't|36
2stern|,15
1hat a|,11,-17
5basis|37
5changed|37,-13
5exactly|31
5he|23
5i|,,-12
6'd|,14,-11
7ll|,,34
7m|,22
7ve|-14,18,-13
6t|16
7's|11,11,-24
5my|,19,-14
5that|23
7e|14,,-14
8y|23,17,-13
6o|13
5was|19,,-14
6ent|17
6ith|,,20
6orked|,-15
7uld|-17
5you|,,-11
8'd|,20
9re|,16,-15
8r|,,-11
4's|-12,,22
4ever the|18
9your|31,,20
4sapp|,,42
8 in|,,34
2en convenient|-14,-16,-14
5deciding|,,34
5i|,,-11
6t|,,-16
5my|,-16,-11
5something|17
5the|,,-11
8re|17
8y|-12,26,-11
7ings|,29
6wo|,-15
5we|,-15
5you're|-12,20
8r|,18
4ever|-21,28,-20
8 suits|-12,20
9you|,,-11
3re it|15,-15
6my|,,-13
6they|20
8ings|,,13
7o|,17,-11
6your|,18
5as|23
5ver|-19,24
8 i|-15,39,-13
3ther|,-12
7 a|,-16
9nyone|36,-15
Bthing|,,14
8i|,-12
9'd|,,-13
Am|,-24,25
Ave|,-13,36
9t|,,-16
8my|,-11
8something|,-13,14
8that|,,-11
Ae|11,-22
Bre|-11,,-18
D's|-31
9o|17
8you|-19
Br|,,20
2ich came|,20
7overs|-12,-15,-13
6does|31
6feels|,,34
7rees|,15
6has|-15
6i'd|,-16
8ll|,,12
8ve|12,,11
7sn't|17
6made|23,,12
8kes|15,,-13
8y|20
6of|19,,-14
7ne|15
6part|21,-15
7robably|,15
6says|12
7ounds|,-13
7uggests|34
6told|31
6version|31
6was|,,-26
7e|,-13
8re|17
7ould|13,-19
5ever|-19,,16
9 way|,-13,36
3le and|,18
6i'm|-15,-18,-15
6since|-14,-16,14
6the|,,-17
6waiting|,,29
3te|,29
5board exercise|,15
2o|,13
3 actually|,18
5lready|,-18,-13
4can|,18,-13
5learly|,29
5ould|,20
4had|18,11,-13
7n't|31
6s|,27,-17
6ve|,31,-15
4i|23
5s|20
4knows|-12,24
4never|23,,11
4ran|,18
4told|17
4was|,19
5ent|34
5ill|,15
5ould|18
3'd|17
4s|12
3ever|16
7 has|12
8is|,-15,11
8joins|,-15
8owns|31
8takes|15
Alked|31
8you|,22
B've|17,18
3le career|,29
6day|20
7epartment|-12,33
6family|,,34
7loor|,29
6lagos|,29
6of|,31
6panel|,,-11
6saturday|31
6thing|25
7ime|20
3m i|12
3se|21,,-13
2y|14
3 a|31
4i|17
5'm|15,,14
4my|20
1ide|,15
2fe|-14
2ll accept|,,34
6dmit|12
6gree|,20
6nswer|,-13,20
6ppreciate|,13
6ssume|,-13,36
5bear|34,-13
5check|,,12
6ome|,24,11
5drop|,,25
5finally|,,34
8d|14,18
6orgive|31
5give|,,20
5have|-15,15,11
6elp|-17,,-11
5keep|,-11
5let|,,20
6ook|23,-13
5make|-12,20
5need|,,14
6otice|,15
5say|,35,-11
6ee|-12,37
6oon|,15
6till|,15
6uit|,29
5take|14
6ell|,27
5understand|,-22,23
5weigh|,,20
6ork|,15
4ing|-12,-15
7 i'd|,-13
8to|,-11
2n|,22
3 the|,29
3e|,15
3ter|,,-23
2reman|,-13
4s|12
2sh|17,,-21
4 it|17
5the|28,-17,-30
8m|,15
5you|18,,-36
8r|,,-11
4es for|12,-13
7to|,,-14
4ing|,,-22
7 you|,,-20
2th all|16,16
6nd|12
7other|,-18
5ben|17
5confidence|,15
5dr|,12,-13
6ue|,18
5fifteen|,20
5good|,15
5harlow|31
6er|17
5in|,35
7terest|,,-13
6t|12,-13
5less|12
6imited|-12,-15,-13
5never|,,34
6o|21,-18
7body|31
5our|,-19,-14
5patchy|-12,-15,-13
5raj|17
6eal|,-11,-14
7ference|,-13,36
7spect|28
5so|,29
7me|,,-14
9one|,,18
5their|,13
8m|,,17
7is|,-20
7ree|,15
5what|17,,-13
7ich|,15
5you|-11
8rs|,29
4draw as|,19
9from|,,-25
9the|34
8al|,-18
8ing because|12
Cmy|15,-16
8n|17
4in|,,11
6 <n>|,,38
7a|,11
7five|,,14
7my|,31
7six|31
7ten|,-15,11
8he|,,13
9ree|12
8wo|-21,,12
4out a|,,24
9n|18
8hearing|31
8losing|,-13
8me|-15,39,-11
9uch|,15
8news|,,34
8someone|,15
8the|,22
1on|-21,27,-19
3't count|31
6find|,31
7orget|,,20
6have|,31
7old|12
6need|,13,20
6regret|,29
6take|,,34
7rouble|,,14
3der|34,-17
6 afterwards|34,-13
7how|29
7if|15,-15,11
7whether|37,-14
6ed|-19
8 if|,,20
9whether|-14
6ing|14,,14
9 how|20
Awhether|23
Cy|,,20
2rd|14,,12
4 and|,-13,14
5for|20
6rom|,,34
5got|,29
5is|,,36
5of|37
4ing|31,-13
4s from|,18
6in|,-13
3k and|,-11,-11
6t|-15,12,-15
5hard|,-16
5i|-12,-11
6'd|,-15
7m|-12
6n|,,-13
6s|-12,20
5out|13
5since|,,34
5that|,-13
7e|,-13
8re|-15,-18,12
6ogether|,,-20
5was|,-15
5you|-16,,-14
4ed|,,-15
6 alongside|,20
7for|,15
7in|17
7on|-14,-19
7well|,15
8ith|-16,14,-24
4force|,29
4ing a|15
9longside|12
8days|-18,-21,17
8from|31
8on|-15,-11
8the|-15
Arough|,,-11
9ogether|,31
4load|-12
4s for|-12
6out|14
6with|-17
5hop on|-15,,12
3ried|,18
7 about|,18
6s|-14
4y on|,29
3se|,15
4t|,15
3th|12
5 a|12,,-11
6i've|-12,20
7t|-15,,17
6knowing|31
6saying|12
6the|18,11,-17
2uld a|,,-11
7dd|,15
7lso|,,-15
7pply|15,-15
9reciate|,-29,18
7sk|15,,20
7t|,,14
6benefit|17
7ring|-17,26,-14
6call|31
8rry|-12,-15
7heck|-12,-15
7ome|,-15,14
6do|14,,17
6enjoy|-12,-15
7xpect|-14
9lain|31
6feel|-12,17
7ind|,,-15
6gently|26
9uinely|18,-15
7o|17
6happily|15
8te|,,25
8ve|26,,-11
7ear|,-22,29
8lp|-14,-11
7old|,,14
8nestly|,,20
6it|-16,-17
6love|-11
6make|-12,,12
7ean|-12,-24,32
7ost|-17,,-13
8ve|,,23
7uch|,-13
6need|-19
6only|14,,-13
6point|25
7refer|-15,-20
6rather|13,,16
7eally|-16,,14
6save|,18
8y|,15
7how|,18
7oon|,29
7till|15
7uit|-13,,-12
6take|-17,,14
7ell|,12
6value|-14,-16
7ery|-18
6want|,,-16
7elcome|,,-25
6you|-27,-13
5n't be|,,-13
9have|,15
9need|,,20
1rap|-15,,14
4s|,29
2ite a|,29
7gain|17
6up|,,-13
5s|12
4ing about|,-34,24
9gain|-17,-21,36
8by|,,36
8for|17
8once|-12,-15,11
8regarding|,-19,20
8sample|,-16
8with|-18
4ten case|17
9ontract|,,20
8exercise|14,-18
8feedback|17
9or|34,-13
8offer|-11
8test|37
9o|12,,27
2ong|15
5 and|,,20
6person|,,20
6way|36
3te that|,13
8e|12
7o|15
0x|,29
0yard last|,,34
5on|,,20
3n|,,34
1ear|,,-12
4 <n>|-12
5and|,,-17
6pprentice|,15
6t|,15
5end|,,-14
5i|-14,,-24
6'd|,-19,-14
6f|12
6n|-14,38,-11
6s|,18
5my|,-13
5old|34
5running|,29
5so|-23
5that|,,14
5which|-14,16,-11
4's|,,-18
4s|,11,-18
5 ago|,,-13
7nd|,,-11
7s|,18
7t|,17,-22
6i|,,-16
7n|12,,-15
6on|,,-11
7ut|,15
6running|,30,-22
6so|,,-16
7traight|,31
6the|-12,13
6which|-12,37
2s|,-20,36
3 or|,-29,54
3terday for|-11
Ai|,-11
Arather|,-16,-11
2t and|-14,-13
4but|,15
4received|,,36
4so|,-13
4to|36,15
1ields|,13
1ou a|,,12
5bout|,-27,-19
5dvertise|,,34
Dd|31
5fter|,,12
5gain|-12
5lready|,18
6so|-12
5n|-15,,-13
5s|-11
6ked|-17,,-38
5t|,-18
4be|-22,-11,-17
6fore|-21,,14
6ing|,-15
5ut|-15,,28
5y|-31,-33,57
4called|,,23
6n|,,15
5heck|,,34
6ose|17,12
5ome|,15,22
6nfirm|12,-23,16
6uld|,,22
4decide|-12
5id|,,17
7n't|31
6rectly|18,-24
5o|,,12
6n't|,,18
4ever|-19,,-18
5xpect|,-24,-21
7lained|-14
4found|12
4get|,,24
5ive|-12,,18
4hadn't|17
6ven't|,,34
5ire|17,29
5oped|-22,-13
6w|,29
4i|-12
5'll|17
6m|,35
6ve|-14
5f|,-15
5n|-15
6formed|-17,,-16
5s|-15,,20
4just|,-13,14
4kept|,-15,-13
5indly|,11
5now|-11
4let|,-17,21
7ting|17
5iked|,29
6sted|,15
5uck|34,-13
4made|-18,14,-16
6ke|,14
5eet|,31
6ntioned|-16
6t|,18
5oved|20
5uch|37,-16,-11
6st|17,,38
5y|-19,,-17
4need|-16,,-11
8ed|,,-13
6xt|,,11
5ote|,,23
4off|,,20
5n|,,24
6ce|-12
5r|-14,-16
5utlined|,-13
4personally|31
5icked|,15
5lease|-21,-23,28
5roduct|,,14
7mised|,,23
5ut|,,11
4requested|,-15
5un|,,-20
4saw|,24,11
6y|37
5ee|,31
6nd|,,25
7ior|,15
7t|,,-13
6t|,18
5hared|,,-14
6ould|12,,-11
7wed|-15
5incerely|,-16
5o|,,13
6on|-12
5till|-14
5uccess|26,,-13
6ggested|,-15
4take|,,20
7ing|-15,,-13
5ell|,-26
5hey're|,31
6is|,-16,14
6ough|,20
5old|12,,13
6ok|-21,,-20
4understand|,,31
5p|,-16
5sually|,15
4very|-16
4want|,,18
8ed|14,15
5ent|,15
5hat|,26
5ill|,,12
6th|,17,20
5on't|,20
6rk|,-13
3'd|,12
5 be|-12,33
6had|,15
8ve|,18
6said|,-13
4ll|,14,15
6 agree|,33
8ppreciate|12
7be|-14,12,16
7find|12,45,-13
7have|,22,23
7let|,,34
7meet|,29
7save|,15
8ee|,23
8truggle|,29
7think|,,11
7understand|,-19,43
4re|-12
6 able|-17,-19
7building|,17,-16
9sy|,,34
7doing|,-20
7not|-12,-16,24
7planning|,,14
7seeing|,31
8till|-12,15
7well|-14
4ve|,,13
6 been|,29
7chosen|,15,-11
7decided|,-18,43
7gone|-15,-18,28
9t|12
7had|-14
7just|,,20
7lost|,,34
7made|28
7seen|,22,20
3ng|-23,20
5 engineer|,29
5er|41
6st|,29
3r advert|40
6gency|12
B's|17
6nalysts|,15
7swer|,,27
6pplication|26,-18,-13
8roach|,-15
6ssistant|,,25
6ttention|17
5brand|17
7igade|,12,-13
6usy|,,20
5call|16
7ndidate|34
6eo|31
6hance|,,34
7ennai|,15
7oice|17
6lients|12
8nic|17,15
6olleague|26,12,20
Es|,,-15
7mment|17,-15
8pany's|,,25
9etitors|12
7nsideration|-21
8venience|12,-13
7ordinator|20
7urt|,,38
6rews|,15
5decision|,,16
7ployment|,15
8uty|,15
7sk|-14,,24
6iary|-12
5earliest|,,42
6mail|16,-11,-12
6nd|11
6steemed|,,13
6xpansion|,18
8lanation|-17,,-14
5favourable|,15
6eed|,,20
9back|,,11
6ile|,-13
7nal|,,42
6leet|,35
6rankness|-15
6uture|31
5good|,,34
6raduate|,15
6uests|,17
5head|23,15
6onesty|-17,15,-11
7spital|,,11
Dity|,,20
7tel|,,14
6r|25,,22
5idea|,15
6nbox|,-15,28
7terview|20,,20
Eers|37
5job|26,29
5kindness|-18
5lab|-14
6etter|14,-14,-11
6ist|-12,20
5mail|39,-18,-13
6essage|18,-16,-17
6ind|,,38
6obile|,,25
7ve|,15
5new|,13,-12
8s|-12
6ight|,15
6ote|32,-14,-20
5offer|,-21,21
8ice|,-12,20
6ther|-12
6wn|17
5panel|25
7rtners|,18
7tience|-12,-13,-20
6hone|15
6ile|12
6lanning|-28,-30,-16
9s|-12,14
8te|,29
9form|12
6oint|-24
7rtal|34
7sition|-14,-13
8t|,15
6ractice|,-15,11
7oblem|17
8duct|,33
8jects|,15
5question|-30,,-17
Ds|,20
5radar|15,-13,11
6easons|31
7cords|-16,,-22
8ruiter|22
Es|41
Cment|23,-15,-13
7ply|15,-11,17
8utation|,,20
7sponse|,15
6ole|-21,,-19
5second|,,14
7rvice|,,20
6hop|,29
8rtlist|-17,42,-14
6ide|12,-13
7lence|,,36
7ze|-12,33
6ous|,29
6pam|,,34
6taff|12
7ory|,15
6upport|12
5team's|-14,,-14
6imeline|-29
8ing|-17,,-18
5unit|-21,,-18
6sers|,-13
5warehouse|,12
6ebsite|39,-18,-13
6hole|,29
6ork|,,-14
5year|-12,13
4s|,15
5 but|17
5elf|,,-13
7ves|12,38
3th|,,-20
0zero|,24
1one|,20
""")

BLAME = Reading(19.8, TABLE, 0)

BOASTING = Reading(12.5, TABLE, 1)

PRESSURE = Reading(13.3, TABLE, 2)
