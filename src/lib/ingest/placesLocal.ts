/**
 * Cities as recaps in other languages name them, and in the case their "in" asks for ("en París",
 * "a Barcellona", "em Copenhaga", "w Barcelonie", "v Barceloně", "в Париже", "在巴黎"): each
 * with its country and English name, in the form of places.ts's list. Names that are words too
 * ("Seul", "Mosca", "Gent", "파리", "パリ") are left out.
 */
export const LOCAL_CITIES = `París|France|Paris;Berlín|Germany|Berlin;Varsovia|Poland|Warsaw;
Cracovia|Poland|Krakow;Estocolmo|Sweden|Stockholm;Zúrich|Switzerland|Zurich;Milán|Italy|Milan;
Hamburgo|Germany|Hamburg;Fráncfort|Germany|Frankfurt;Edimburgo|United Kingdom|Edinburgh;
Dublín|Ireland|Dublin;Moscú|Russia|Moscow;Filadelfia|United States|Philadelphia;
Ciudad de México|Mexico|Mexico City;Estambul|Turkey|Istanbul;Shanghaï|China|Shanghai;
Séoul|South Korea|Seoul;Singapour|Singapore|Singapore;Vienne|Austria|Vienna;Cracovie|Poland|Krakow;
Anvers|Belgium|Antwerp;Édimbourg|United Kingdom|Edinburgh;Hambourg|Germany|Hamburg;
Francfort|Germany|Frankfurt;Moscou|Russia|Moscow;Philadelphie|United States|Philadelphia;
Montréal|Canada|Montreal;Prag|Czech Republic|Prague;Warschau|Poland|Warsaw;Krakau|Poland|Krakow;
Lissabon|Portugal|Lisbon;Peking|China|Beijing;Moskau|Russia|Moscow;Antwerpen|Belgium|Antwerp;
Parigi|France|Paris;Berlino|Germany|Berlin;Barcellona|Spain|Barcelona;Varsavia|Poland|Warsaw;
Lisbona|Portugal|Lisbon;Ginevra|Switzerland|Geneva;Zurigo|Switzerland|Zurich;
Pechino|China|Beijing;Amburgo|Germany|Hamburg;Francoforte|Germany|Frankfurt;
Stoccolma|Sweden|Stockholm;Dublino|Ireland|Dublin;Monaco di Baviera|Germany|Munich;
Copenhaga|Denmark|Copenhagen;Amsterdã|Netherlands|Amsterdam;Varsóvia|Poland|Warsaw;
Milão|Italy|Milan;Genebra|Switzerland|Geneva;Zurique|Switzerland|Zurich;Bruxelas|Belgium|Brussels;
Singapura|Singapore|Singapore;Tóquio|Japan|Tokyo;Moscovo|Russia|Moscow;
Nova York|United States|New York;Filadélfia|United States|Philadelphia;Valência|Spain|Valencia;
Parijs|France|Paris;Berlijn|Germany|Berlin;Londen|United Kingdom|London;Wenen|Austria|Vienna;
Praag|Czech Republic|Prague;Milaan|Italy|Milan;Brussel|Belgium|Brussels;
Keulen|Germany|Cologne;Moskou|Russia|Moscow;Köpenhamn|Denmark|Copenhagen;
Paryż|France|Paris;Paryżu|France|Paris;Berlinie|Germany|Berlin;Londyn|United Kingdom|London;
Londynie|United Kingdom|London;Kopenhaga|Denmark|Copenhagen;Kopenhadze|Denmark|Copenhagen;
Barcelonie|Spain|Barcelona;Amsterdamie|Netherlands|Amsterdam;Walencja|Spain|Valencia;
Walencji|Spain|Valencia;Szanghaj|China|Shanghai;Szanghaju|China|Shanghai;Monachium|Germany|Munich;
Wiedeń|Austria|Vienna;Wiedniu|Austria|Vienna;Pradze|Czech Republic|Prague;Warszawie|Poland|Warsaw;
Krakowie|Poland|Krakow;Lizbona|Portugal|Lisbon;Lizbonie|Portugal|Lisbon;Bostonie|United States|Boston;
Austinie|United States|Austin;Nowy Jork|United States|New York;Nowym Jorku|United States|New York;
Paříž|France|Paris;Paříži|France|Paris;Berlíně|Germany|Berlin;Londýn|United Kingdom|London;
Londýně|United Kingdom|London;Kodaň|Denmark|Copenhagen;Kodani|Denmark|Copenhagen;
Barceloně|Spain|Barcelona;Amsterdamu|Netherlands|Amsterdam;Šanghaj|China|Shanghai;
Šanghaji|China|Shanghai;Mnichov|Germany|Munich;Mnichově|Germany|Munich;Vídeň|Austria|Vienna;
Vídni|Austria|Vienna;Praze|Czech Republic|Prague;Париж|France|Paris;Париже|France|Paris;
Мюнхен|Germany|Munich;Мюнхене|Germany|Munich;Вена|Austria|Vienna;Вене|Austria|Vienna;
Прага|Czech Republic|Prague;Праге|Czech Republic|Prague;Варшава|Poland|Warsaw;
Варшаве|Poland|Warsaw;Лиссабон|Portugal|Lisbon;Лиссабоне|Portugal|Lisbon;Токио|Japan|Tokyo;
Пекин|China|Beijing;Пекине|China|Beijing;Нью-Йорк|United States|New York;
Нью-Йорке|United States|New York;Барселоні|Spain|Barcelona;Копенгагені|Denmark|Copenhagen;
Берліні|Germany|Berlin;Амстердамі|Netherlands|Amsterdam;Лондоні|United Kingdom|London;
巴黎|France|Paris;慕尼黑|Germany|Munich;维也纳|Austria|Vienna;东京|Japan|Tokyo;東京|Japan|Tokyo;
首尔|South Korea|Seoul;新加坡|Singapore|Singapore;香港|China|Hong Kong;纽约|United States|New York;
多伦多|Canada|Toronto;温哥华|Canada|Vancouver;巴伦西亚|Spain|Valencia;圣迭戈|United States|San Diego;
ミュンヘン|Germany|Munich;ソウル|South Korea|Seoul;シンガポール|Singapore|Singapore;
ニューヨーク|United States|New York;トロント|Canada|Toronto;バンクーバー|Canada|Vancouver;
뮌헨|Germany|Munich;도쿄|Japan|Tokyo;서울|South Korea|Seoul;싱가포르|Singapore|Singapore;
뉴욕|United States|New York;토론토|Canada|Toronto;밴쿠버|Canada|Vancouver;베이징|China|Beijing`;
