/**
 * Speakers named in Chinese or Japanese script: "张三（阿里巴巴）", "李四，腾讯云", "山田太郎（ヤフー株式会社）",
 * "鈴木一郎 (サイボウズ)". Han characters carry no capital letter to tell a name from a word, so a
 * name is read only where a speaker is expected (after a speaker label, before an honorific), and
 * then it must have a name's shape: a Chinese name starts with a common surname; a Japanese one is
 * a family and a given name (2–5 Han characters, or two parts written apart, or Katakana parts
 * joined by "・"). Words that fill such a slot without naming anyone (未定, 主持人, 阿里巴巴) do not.
 */
import { isPersonName, type SpeakerList } from './speakers';

/** Chinese: a surname is needed; Japanese: a full name's shape; either: one or the other. */
export type CjkLanguage = 'zh' | 'ja' | 'any';

/**
 * Common Chinese surnames (simplified and traditional). Left out: those that also begin common
 * words a speaker slot may hold (华为, 明天, 关于, 安全, 全体, 文章, 成功, 应用, 商业, 和平…).
 */
const SURNAMES = new Set(
	(
		'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏' +
		'魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万' +
		'钱严覃武戴莫孔向汤温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包符舒阮' +
		'柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝游辛靳柴蒙鲍喻祁蒲滕屈饶解牟艾尤穆农卓吉缪简项连芦' +
		'麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁沙荣巫寇桑郎甄仲虞敖巩佘池麻' +
		'苑迟邝' +
		'張劉陳楊黃趙吳孫馬鄭羅謝許韓馮鄧蕭蔣葉蘇呂盧鍾譚陸賈韋鄒閻龍陶賀顧龔萬錢嚴湯溫莊聶魯歐蘭' +
		'寧紀畢單塗駱藍鮑饒農項蘆婁竇費衛閔鄔欒鄺遲龐顏齊喬'
	).split('')
);
const COMPOUND_SURNAMES =
	/^(?:欧阳|歐陽|司马|司馬|上官|诸葛|諸葛|东方|東方|皇甫|慕容|令狐|夏侯|尉迟|尉遲|公孙|公孫|长孙|長孫|宇文|端木)/;

/** Words that fill a speaker slot without naming anyone: "to be announced", "host", "guests". */
const NOT_NAMES = new Set(
	(
		'未定 待定 未公開 调整中 調整中 不明 多数 複数 各位 本人 全員 若干 多名 多位 嘉宾 嘉賓 讲师 講師 讲者 ' +
		'講者 主持人 主持 司会 司会者 運営 主催 主催者 事務局 公式 全体 参加者 来宾 来賓 专家 専門家 社員 社長 ' +
		'代表 代表者 担当者 有志 匿名 其他 其它 负责人 負責人 创始人 創始人 联合创始人 聯合創始人 主讲人 主講人 ' +
		'发起人 發起人 个人 個人 大家 各社 各社代表 全体成员 工作人员 工作人員 志愿者 志願者 募集中 検討中 ' +
		'確認中 準備中 近日公開 公開予定 後日 后日 待公布'
	).split(' ')
);
/** Endings of an organisation, a team or a role, never of a person's name. */
const NOT_NAME_ENDING =
	/(?:者|员|員|长|長|部|社|局|会|會|组|組|队|隊|团|團|院|所|厂|廠|店|家|师|師|官|们|們|等|科技|公司|集团|集團|银行|銀行|大学|大學|学院|學院|社区|社區|技术|技術|平台|云|雲|网|網|通|株式会社)$/;

const HAN = /^\p{Script=Han}+$/u;
const HANGUL = /^\p{Script=Hangul}+$/u;
/** Common Korean surnames; a name is one of them and a given name of one or two syllables. */
const KO_SURNAMES = new Set(
	(
		'김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민나진지엄채원' +
		'천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉'
	).split('')
);
const KO_COMPOUND_SURNAMES = /^(?:황보|남궁|제갈|선우|독고|사공|서문)/;
/** Hangul words that fill a speaker slot without naming anyone ("미정": to be announced). */
const KO_NOT_NAMES = new Set('미정 사회자 진행자 운영진 참가자 발표자 연사 모두 전원'.split(' '));

function koreanName(s: string): boolean {
	// "이번에", "오늘은": a word with its particle, not a name.
	if (KO_NOT_NAMES.has(s) || /[에는를을]$/.test(s)) return false;
	if (KO_COMPOUND_SURNAMES.test(s)) return s.length >= 3 && s.length <= 4;
	return s.length >= 2 && s.length <= 3 && KO_SURNAMES.has(s[0]!);
}
const KANA_GIVEN = /^[\p{Script=Hiragana}\p{Script=Katakana}ー]{2,4}$/u;
const KATAKANA_PART = /^[\p{Script=Katakana}ー]{2,}$/u;

/**
 * Whether `name` reads as a person's name in Chinese or Japanese script (or in Latin letters).
 * `minHan`: Han characters a name written without a space needs (3 after an honorific, where a
 * company is addressed as well: "楽天さん").
 */
export function isCjkPersonName(name: string, lang: CjkLanguage, minHan = 2): boolean {
	const s = name.trim();
	if (isPersonName(s)) return true;
	if (NOT_NAMES.has(s) || NOT_NAME_ENDING.test(s)) return false;
	// "김철수": a Korean name in Hangul, a common surname and one or two syllables.
	if (HANGUL.test(s)) return koreanName(s);
	if (HAN.test(s)) {
		const zh = s.length >= 2 && s.length <= 4 && (SURNAMES.has(s[0]!) || COMPOUND_SURNAMES.test(s));
		const ja = s.length >= Math.max(2, minHan) && s.length <= 5;
		return lang === 'zh' ? zh : lang === 'ja' ? ja : zh || (ja && s.length >= 3);
	}
	if (lang === 'zh') return false;
	// "山田 太郎", "山田 はなこ": a family and a given name written apart.
	const parts = s.split(/[ ・＝=]/);
	if (parts.length === 2 && HAN.test(parts[0]!) && parts[0]!.length <= 3) {
		const given = parts[1]!;
		return (HAN.test(given) && given.length <= 3) || KANA_GIVEN.test(given);
	}
	// "ケルシー・ハイタワー": a foreign name in Katakana, its parts joined by "・".
	return parts.length >= 2 && parts.length <= 3 && parts.every((p) => KATAKANA_PART.test(p));
}

/** Honorifics written after a name: not part of it. */
const HONORIFIC = /\s*(?:さん|氏|様|先生|老师|老師|女士|博士|님|씨)$/u;
/** A job title after the organisation ("阿里巴巴高级工程师", "ヤフー株式会社 エンジニア"). */
const ROLE_ENDING =
	/\s*(?:高级|資深|资深|首席|シニア|リード|チーフ)?(?:工程师|工程師|架构师|架構師|技术专家|技術專家|专家|專家|负责人|負責人|总监|總監|经理|經理|研究员|研究員|开发者|開發者|エンジニア|アーキテクト|マネージャー|マネジャー|エバンジェリスト|CTO|CEO|VP)$/u;
/** A Chinese or Japanese sentence, not an organisation. */
const NOT_ORG =
	/[。！？!?「」《》『』“”]|的|について|から|[다요죠]$|[\p{Script=Han}\p{Script=Katakana}ー][はがをでの][\p{Script=Han}\p{Script=Katakana}]/u;
const PARENS = /^(.*?)\s*[（(]([^()（）]{1,60})[)）]\s*$/u;
const SEPARATORS = /\s*(?:[、，,；;／/&＆]|\s[|｜]\s)\s*/;

/** An organisation as written beside a Chinese or Japanese name (a job title after it dropped). */
export function cjkOrgName(s: string): string | null {
	const org = s.replace(ROLE_ENDING, '').trim();
	return org.length >= 2 && org.length <= 40 && !NOT_ORG.test(org) ? org : null;
}

/**
 * "张磊 (Lei Zhang)", "山田太郎 (Taro Yamada)": the name in Latin letters, two or three words of
 * romanised syllables (a consonant or two, vowels, an "n", "ng" or "r"), is the same person, not an
 * organisation ("Alibaba Cloud", "Ant Financial" end on a consonant no romanisation ends on).
 */
const SYLLABLES = '(?:(?:[bcdfghjklmnpqrstwxyz]|ch|sh|zh|ts)?[aeiouü]+(?:ng|n|r)?)+';
const ROMANISED = new RegExp(`^${SYLLABLES}(?:[ -]${SYLLABLES}){1,2}$`, 'i');
const CAPITALISED_WORDS = /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}$/;
const romanisedName = (s: string) => CAPITALISED_WORDS.test(s) && ROMANISED.test(s);

/** "… and others" closing a list of names. */
const OTHERS = /^(?:他|ほか|其他|其它|等)$/;

/**
 * A name, or a name and the organisation written after it with a space ("张三 阿里巴巴 高级工程师",
 * "山田 太郎 ヤフー").
 */
function nameAndOrg(raw: string, lang: CjkLanguage): { name: string; org: string | null } | null {
	const whole = raw.replace(HONORIFIC, '').trim();
	if (isCjkPersonName(whole, lang)) return { name: whole, org: null };
	for (const at of [whole.lastIndexOf(' '), whole.indexOf(' ')]) {
		if (at <= 0) continue;
		const name = whole.slice(0, at).replace(HONORIFIC, '');
		const org = cjkOrgName(whole.slice(at + 1));
		if (org && isCjkPersonName(name, lang)) return { name, org };
	}
	return null;
}

/**
 * The speakers of a label's value ("山田太郎（ヤフー株式会社）、鈴木一郎（サイボウズ）", "李四，腾讯云"),
 * or null when a part is neither a name nor an organisation.
 */
export function parseCjkSpeakerList(value: string, lang: CjkLanguage): SpeakerList | null {
	// "张三、李四等": "and others" after the names.
	const text = value
		.trim()
		.replace(/[。.]$/, '')
		.replace(/等人?$/, '');
	if (!text || text.length > 160) return null;
	const speakers: string[] = [];
	const organizations: string[] = [];
	for (const raw of text.split(SEPARATORS)) {
		if (!raw || OTHERS.test(raw)) continue;
		const paren = PARENS.exec(raw);
		const named = nameAndOrg(paren ? paren[1]! : raw, lang);
		if (named) {
			if (!speakers.includes(named.name)) speakers.push(named.name);
			const org = !paren ? named.org : romanisedName(paren[2]!) ? null : cjkOrgName(paren[2]!);
			if (org && !organizations.includes(org)) organizations.push(org);
			continue;
		}
		// "李四，腾讯云": the organisation after the names.
		const org = paren || speakers.length === 0 ? null : cjkOrgName(raw);
		if (!org) return null;
		if (!organizations.includes(org)) organizations.push(org);
	}
	return speakers.length > 0 ? { speakers, organizations } : null;
}
