package events

import "strings"

// A frame is the construction a coded action is embedded in. CAMEO codes an action that is only
// intended, requested, demanded, refused or threatened under the root of that speech act, with a
// subcode for the kind of action: "urged Iran to release the sailors" is 0253 (appeal for release),
// "will provide food aid" is 0333 (intent to provide humanitarian aid), "would not meet" is 125
// (reject proposal to meet), "threatened to impose sanctions" is 1312. [reframe] maps the code of
// the embedded action to the code of the frame.
type frame uint8

const (
	noFrame   frame = iota
	intent          // "will", "plans to", "pledged to", "would ... if": 03 for cooperation, 13 for conflict
	appeal          // "urged X to", "called on X to": 02
	demand          // "demanded that", "X must": 10
	refuse          // "refused to", "will not": 12
	threatenF       // "threatened to": 13
)

// frameOf returns the frame set by a code used as a governing verb ("urge" 020 → appeal).
func frameOf(code string) frame {
	switch {
	case strings.HasPrefix(code, "02"):
		return appeal
	case strings.HasPrefix(code, "03"):
		return intent
	case strings.HasPrefix(code, "10"):
		return demand
	case strings.HasPrefix(code, "12"):
		return refuse
	case strings.HasPrefix(code, "13"):
		return threatenF
	}
	return noFrame
}

// reframe returns the code of action code embedded in frame f; "" when the frame does not apply
// (the action keeps its own code).
func reframe(f frame, code string) string {
	if len(code) < 2 {
		return ""
	}
	root := code[:2]
	coop := root >= "04" && root <= "08" || root == "09"
	switch f {
	case intent:
		if coop {
			return pick(code, map[string]string{
				"04": "036", "045": "039", "05": "032", "06": "031", "061": "0311", "062": "0312",
				"063": "0313", "064": "0314", "07": "033", "071": "0331", "072": "0332", "073": "0333",
				"074": "0334", "08": "035", "081": "0351", "082": "0352", "083": "034", "0831": "0341",
				"0832": "0342", "0833": "0343", "0834": "0344", "084": "0353", "0841": "0353",
				"0842": "0353", "085": "0354", "086": "0355", "087": "0356", "0871": "0356",
				"0873": "0356", "0874": "0356", "09": "030",
			})
		}
		return reframe(threatenF, code)
	case threatenF:
		if root >= "14" {
			return pick(code, map[string]string{
				"14": "133", "15": "138", "16": "131", "161": "1313", "162": "1311", "163": "1312",
				"164": "134", "165": "135", "166": "136", "1661": "136", "1662": "136", "1663": "136",
				"17": "132", "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
				"175": "137", "18": "1383", "19": "1384", "191": "1381", "192": "1382", "20": "1385",
			})
		}
		if root == "10" || root == "11" || root == "12" {
			return "130"
		}
		return ""
	case appeal:
		if coop {
			return pick(code, map[string]string{
				"04": "026", "045": "028", "05": "022", "057": "027", "06": "021", "061": "0211",
				"062": "0212", "063": "0213", "064": "0214", "07": "023", "071": "0231", "072": "0232",
				"073": "0233", "074": "0234", "08": "025", "081": "0251", "082": "0252", "083": "024",
				"0831": "0241", "0832": "0242", "0833": "0243", "0834": "0244", "084": "0253",
				"0841": "0253", "0842": "0253", "085": "0254", "086": "0255", "087": "0256",
				"0871": "0256", "0873": "0256", "0874": "0256", "09": "020",
			})
		}
		return ""
	case demand:
		if coop {
			return pick(code, map[string]string{
				"04": "108", "045": "105", "05": "102", "06": "100", "061": "1011", "062": "1012",
				"063": "1013", "064": "1014", "07": "103", "071": "1031", "072": "1032", "073": "1033",
				"074": "1034", "08": "100", "081": "1051", "082": "1052", "083": "104", "0831": "1041",
				"0832": "1042", "0833": "1043", "0834": "1044", "084": "1053",
				"0841": "1053", "0842": "1053", "085": "1054", "086": "1055", "087": "1056",
				"0871": "107", "0873": "1056", "0874": "106", "09": "101",
			})
		}
		return ""
	case refuse:
		if coop {
			return pick(code, map[string]string{
				"04": "125", "045": "126", "05": "120", "057": "127", "06": "121", "061": "1211",
				"062": "1212", "063": "1213", "07": "122", "071": "1221", "072": "1222", "073": "1223",
				"074": "1224", "08": "124", "081": "1241", "082": "1242", "083": "123", "0831": "1231",
				"0832": "1232", "0833": "1233", "0834": "1234", "084": "1243",
				"0841": "1243", "0842": "1243", "085": "1244", "086": "1245", "087": "1246",
				"0871": "1246", "0873": "1246", "0874": "1246", "09": "120",
			})
		}
		return ""
	}
	return ""
}

// pick looks code up in m, then its 3-digit prefix, then its root.
func pick(code string, m map[string]string) string {
	for _, k := range []string{code, code[:min(3, len(code))], code[:2]} {
		if c, ok := m[k]; ok {
			return c
		}
	}
	return ""
}
