"""Words around a number that tell what it means, in Korean and English, in one place.

Each pattern is compiled once and applied to a short window of text right before
(`*_BEFORE`, anchored at the end) or right after (`*_AFTER`, anchored at the start) a
number, or to a clause. Keeping the word lists here lets the extractors stay grammar.

English words stand behind `(?=[a-z])`, Korean words and signs before them: with
IGNORECASE the engine tries every English word at every position, Hangul included; the
look-ahead (which with IGNORECASE lets through exactly what the words' first letters would)
skips them at once, making the patterns up to four times faster. An English word never
starts with the character a Korean word or sign does, so moving them apart changes no match.
"""

from __future__ import annotations

import re

I = re.IGNORECASE

#: The word "parameter" in the languages we read.
PARAMETER_WORD = re.compile(r"파라미터|매개\s?변수|parameters?\b|params?\b", I)

#: Money, tokens, people, hardware: units that make a number something other than a count
#: of parameters ('300억 원', '10T tokens', '768장', '11 million users').
NOT_PARAMETERS_AFTER = re.compile(
    r"""\s*-?\s*(?:개\s*)?(?:의\s*)?(?:
        원|달러|위안|엔|유로|won\b|dollars?\b|usd\b|krw\b|yuan\b|euros?\b
      | 토큰|tokens?\b|단어|어휘|words?\b|vocab|문장|문서|documents?\b|pages?\b|페이지
      | (?:파라미터|매개\s?변수)?\s*(?:급|규모의?)?\s*(?:경쟁|competing|rival)
      | 명|장\b|장의|대\b|대의|건|회\b|곳|주\b
      | users?\b|people\b|downloads?\b|다운로드|gpus?\b|images?\b|hours?\b|views?\b|requests?\b
      | 시간|이미지|샘플|samples?\b|examples?\b|바이트|bytes?\b|flops?\b
      | 데이터(?:를|을|가|는|도)\s|data\s+(?:points|items|records)\b  # '20억 개의 데이터를 처리한다'
      | (?:질문|답변|대화|메시지|문의|요청|댓글|리뷰|검색)(?:을|를|이|가|은|는|도)\s  # '5억 개의 질문을 남겼다'
      | (?:questions|answers|messages|conversations|queries|prompts|chats)\b(?!-)
        (?!\s+(?:[\w-]+\s+)?(?:models?|assistants?|engines?|bots?|agents?)\b)
      | 씩\s*(?:나눠|나누어|쪼개|끊어)  # '한 번에 1000억 개씩 나눠 올린다': a chunk
      | (?-i:Series\s+[A-F])\b  # 'a 1.2B Series C'
      # a deal's words, not a model named for one ('an 8B loan-screening model', 'a 7B sales
      # assistant', 'a 300B round-one entry')
      | (?:funding|financing|investment|venture|seed|rounds?|raises?|valuations?|revenues?|sales|bonds?|loans?
        |buyouts?)(?:-round)?\b(?!-)(?!\s+(?:[\w-]+\s+)?(?:models?|assistants?|checkpoints?|versions?|entry|engines?|bots?|agents?)\b)
    )""",
    I | re.VERBOSE,
)
NOT_PARAMETERS_BEFORE = re.compile(
    r"(?:\$|₩|€|£|토큰|데이터|어휘|예산|투자|매출|차이|격차|칩|웨이퍼|반도체|트랜지스터|부품|제품|문서|사진|문장|파일|단말기?"
    r"|(?=[a-z])(?:US\$|KRW|USD|won|tokens?|data|vocabulary|GPU|gap|difference|chips?|transistors?|documents?"
    r"|valued\s+at|valuation\s+of|worth|raised|raising|(?:funding|revenue|sales|budget)\s+of))\s*(?:수|량|은|는|이|가|:|of)?\s*(?:약|about|around|~)?\s*$",
    I,
)

_WROTE = r"(?:적었|표기했|보도했|기재했|썼|게재했)"  # wrote, reported (a figure as …)
#: A figure a correction says was wrong: "'1400억 개'로 적었으나", "'65.3%'로 표기한 것은
#: … 오기", "was misreported as 81.4%"; the corrected figure is the fact.
CORRECTED_AFTER = re.compile(
    r"""\s*(?:개|점|%|％)?\s*['’"”]?\s*(?:으로|로)\s*
        (?:,[^\n]{0,40}?(?:으로|로)\s*)?             # "'1400억 개'로, 정답률을 '81.4%'로 적었으나"
        (?:잘못\s
          |""" + _WROTE + r"""(?:으나|지만|는데)
          |(?:적은|표기한|기재한|보도한|쓴)\s*것은)
    |\s*(?:개|점|%|％)?\s*['’"”]?\s*(?:을|를)\s*(?:모두\s*)?['‘"“][^'’"”\n]{1,20}['’"”]\s*(?:으로|로)\s*
        (?:고치|고쳤|고칩|바로잡|정정|수정)  # "'280억 개'를 모두 '820억 개'로 고치고"
    """,
    re.VERBOSE,
)
CORRECTED_BEFORE = re.compile(
    r"(?=[a-z])(?:misreported|misstated|incorrectly\s+(?:reported|stated|given|listed)|wrongly\s+(?:reported|stated|given|listed)"
    r"|(?:post|story|article|piece|thread)\s+(?:first|originally)\s+(?:said|stated|gave|reported|listed))\s+(?:as\s+)?(?:having\s+)?$",
    I,
)
#: A figure a notice says the paper reported, in the notice's polite style: "'280억 개'로
#: 보도했습니다" (wrong only where a correction is announced: see `CORRECTION_WORD`).
REPORTED_AS_AFTER = re.compile(
    r"\s*(?:개|점|%|％)?\s*['’\"”]?\s*(?:으로|로)\s*" + _WROTE + r"습니다")
CORRECTION_WORD = re.compile(
    r"정정|바로잡|(?<![가-힣])오기(?=입니다|였|이었|로\s)|잘못\s?(?:적|표기|보도|기재)|(?=[cC])correction")
#: How far back a correction notice's heading may stand from the figure it corrects.
_CORRECTION_REACH = 1500


def reported_in_a_correction(body: str, after: str, sentence_start: int, sentence_end: int) -> bool:
    """"'280억 개'로 보도했습니다" in a correction notice: the figure the paper got wrong
    (not a TV script's '… 300억 개로 보도했습니다', which only reports)."""
    return bool(REPORTED_AS_AFTER.match(after) and CORRECTION_WORD.search(
        body, max(0, sentence_start - _CORRECTION_REACH), sentence_end))


#: A plan said not to exist: '1조 개짜리 모델을 만들 계획은 없다', 'no plans to build a 1T model'.
NO_PLAN = re.compile(
    r"계획(?:은|이|도)\s*(?:(?!차질)\S+\s+){0,2}?없(?!이)"
    r"|계획\s?,\s*(?:지금은|현재는|아직은?|당장은)?\s*없(?!이)"  # '"1조 개 계획, 지금은 없다"'
    r"|(?=[a-z])(?:no\s+plans?\s+to|not\s+planning\s+to)", I)

#: A target that was reached is no plan: '95% 목표를 넘겼다', 'met its target'.
TARGET_REACHED = re.compile(
    r"목표(?:를|치를|치)?\s*(?:넘|달성|돌파|초과|이뤘|이루|채웠)|(?=[a-z])(?:met|reached|beat|exceeded|hit)\s+(?:its|the|their)\s+target"
, I)

#: A team's verb of making or releasing before the model it describes: "NC AI가 지난달
#: 내놓은 … '배키 미니'", "보안업체 시큐레인이 만든 … '보이스실드 2'".
MADE_IT = r"(?:내놓은|내놨던|공개한|선보인|출시한|발표한|만든|개발한|올린)"

#: The end of a model's service is no plan for the model, which exists: 'will be retired on
#: June 30', "'배키 프로' API는 6월 말 종료될 예정이다".
END_OF_SERVICE = re.compile(
    r"(?:서비스|API|지원|제공|운영)[^.\n]{0,16}?(?:종료|중단)(?:할|될|한다|된다|하기로|되기로)?\s?(?:예정|계획|방침)?"
    r"|(?=[a-z])\b(?:will\s+(?:be\s+)?|(?:set|scheduled|slated|due)\s+to\s+be\s+|to\s+be\s+)"
    r"(?:retired?|discontinued?|deprecated?|shut\s+down|phased?\s+out|sunset(?:ted)?|withdrawn|switched\s+off)\b", I)

#: A sentence about a made-up case: its figures are no one's ('가령 A팀이 … 내놨다고 하자',
#: 'Suppose one team unveils a model that scores 80').
SUPPOSED = re.compile(
    r"가령|만약(?:[^.\n]|\.(?=\d)){0,120}?(?:다면|라면|하면)|다고\s?(?:하자|치자|가정(?:하|해|한|할))"
    r"|라고\s?(?:하자|치자|가정(?:하|해|한|할))"
    r"|(?=[a-z])\bhypothetical(?:ly)?\b", I)
#: An English speaker's label opening a turn of a transcript: 'JEON: ', 'Song Ga-yeon, Head
#: of AI Model Development: '.
ENGLISH_SPEAKER_LABEL = r"(?-i:(?P<en>[A-Z][A-Za-z\-]+(?: [A-Z][A-Za-z\-]+)?))(?:, [^:\n]{1,40})?:\s"
#: The same in English, opening the sentence (maybe after a speaker's name): 'Suppose one
#: team …', 'Park: Imagine a voice assistant …'; not 'a result few could imagine'.
SUPPOSED_OPENING = re.compile(
    r"\W{0,3}(?:[A-Z][\w.\-]{0,20}(?:\s[A-Z][\w.\-]{0,20})?:\s*)?"
    r"(?:(?:or|and|now|but|so|for\s+example,?|for\s+instance,?)\s+)?"
    r"(?:suppose|imagine|picture\s+(?:this|an?)|let's\s+say)\b", I)

#: Any model of a size, no particular one: '어떤 300억 개 모델이'.
SOME_MODEL_BEFORE = re.compile(r"(?:어떤|어느|가상의)\s*$")
#: Anybody at all doing it: 'someone announces a two-trillion-parameter model'.
SOMEONE = re.compile(
    r"\b(?:someone|somebody|anyone|anybody)\s+(?:\w+\s+){0,2}?(?:announces?|announced|unveils?|"
    r"releases?|launch(?:es)?|builds?|claims?)\b|누군가(?:가|는)?\s+(?:\S+\s+){0,3}?(?:발표|공개|내놓|만들)", I)

#: A size said not to be needed: "you don't need a trillion parameters", '1조 개까지는 필요 없다'.
NOT_NEEDED_BEFORE = re.compile(
    r"(?=[a-z])(?:don't|do\s+not|doesn't|does\s+not|didn't|did\s+not|never)\s+(?:need|needs|require|requires)"
    r"\s+(?:a\s+|an\s+)?$", I)
NOT_NEEDED_AFTER = re.compile(r"\s*(?:개\s*)?(?:까지(?:는|도)?|씩이나|나|가|이|는|은)?\s*(?:\S+\s+)?필요\s*(?:없|하지\s*않|치\s*않)")

#: A hypothetical model ('밀집 구조로 내려면 700억 개', 'a dense model would need 70B').
HYPOTHETICAL = re.compile(
    r"려면|라면|would(?:,[^,\n]{1,40},)?\s+(?:have\s+)?(?:need(?:ed)?|require[ds]?|take|taken)|if\s+it\s+were"
    r"|would\s+be\s+(?:a|an|overkill|wasteful|pointless|absurd|too|excessive|unnecessary)\b",
    I)

#: Any model of a size, as a condition: '500B가 나오면', '1조 개 계획이 발표되면' (not
#: 'K-엑사원 2가 공개되면 … 3000억 개').
SIZE_AS_CONDITION_AFTER = re.compile(
    r"\s*(?:개\s*)?(?:짜리\s*)?(?:모델\s*)?(?:계획\s*)?(?:이|가)\s*(?:나오|발표되|공개되|출시되|등장하)면(?!서)")

#: A count that sizes a model with no name, right after it: '3000억 개짜리 차세대 모델',
#: '2조 개 모델' (what follows, the caller decides).
SIZED_MODEL_AFTER = r"\s*개?\s*(?:짜리|규모의?|급의?)?\s*(?:[가-힣]+\s+)?모델"

#: Figures paired in order with names or labels listed before them.
RESPECTIVELY = re.compile(r"respectively|각각", I)

#: How many more or fewer a model has than another: '울트라보다 70억 개 많다'.
DIFFERENCE_AFTER = re.compile(
    r"\s*개?\s*(?:가량|정도|쯤)?\s*(?:더\s*)?(?:많(?:다|은|고|아|았|으며|지만)|적(?:다|은|고|어|었|으며|지만)|늘었|줄었)")

#: Bounds and ranges: 'over 100 billion', '500B 이상', '300억~400억', 'sub-70B'. The
#: annotation treats them as optional; we leave them out.
BOUND_AFTER = re.compile(
    r"\s*(?:개(?:를|가)?\s*)?(?:급\s*)?(?:(?:개의?\s*)?(?:파라미터|매개\s?변수|-?parameters?\b)(?:를|을|가|이)?\s*)?"
    r"(?:이상|이하|미만|초과|넘는|넘어|넘게|넘었|넘긴|넘겼|돌파|부터|에서\s+\d|\+|~|∼|-\s*\d"
    r"|-?or[\s-]+(?:more|less|fewer|larger|smaller|bigger|above|below|under|over)\b"
    r"|-?and[\s-]+(?:above|up|under|below|over|beyond)\b|plus\b|-?\s*to\s*\d)",
    I,
)
BOUND_BEFORE = re.compile(  # '1000억부터 5000억까지' (not '5월부터 5000억 개급 모델', 'built from 3.2 billion')
    r"(?:최소|최대|~|∼|\d\s*-\s*|(?<=[\d억조개BbTt])\s?부터\s*|\d\w*(?:\s+(?:billion|million|trillion))?(?:\s+parameters)?\s+to\s+|\d-to-|(?=[a-z])(?:over|above|more\s+than|at\s+least|below|under|less\s+than|fewer\s+than(?!\s+the\b)|(?<!add\s)(?<!adds\s)up\s+to|(?:sub|under|over|below|above)-|beyond|exceeding|bigger\s+than|larger\s+than|smaller\s+than|(?<!built\s)(?<!made\s)from\s+))\s*(?:the\s+)?(?:~\s*)?$",
    I,
)

#: The size a model grows to is no bound: 'from 1.1 trillion to 1.6 trillion'.
GROWN_FROM_BEFORE = re.compile(
    r"(?=[a-z])\bfrom\s+[\d.,]+\s*(?:billion|million|trillion|[BT])?\s+(?:parameters\s+)?to\s+$", I)
#: Nor is the size it grows from: 'doubled A.X K1, from 519 billion parameters to 1.2
#: trillion', '5190억 개에서 1조 2000억 개로 키웠다'. English needs a verb of growth too.
GROWS_FROM_AFTER = re.compile(
    r"\s*(?:parameters?\s+)?to\s+(?:about\s+|around\s+)?\d"
    r"|\s*(?:개\s*)?에서\s+\d[\d.,조억\s]*(?:개\s*)?(?:로|으로)\s*(?:\S+\s+)?(?:키|늘|확대|확장)")
GROWTH_VERB = re.compile(
    r"\b(?:(?:grow|expand|enlarge|increase|scale|double|triple|boost|upsize|raise|reduce|distill|trim)(?:s|d|ed|ing)?"
    r"|grew|grown|went|jumped|rose|climbed|cut|shrank|shrunk)\b", I)
#: A range of sizes, not a model's growth: 'models run from 7 billion to 70 billion'.
RANGE_VERB = re.compile(r"\b(?:range[sd]?|ranging|runs?|running|spans?|spanning|var(?:y|ies|ying)|between)\b", I)

#: A size class used as a yardstick: 'closer to a 30B-class dense model', '70B급 모델보다'.
SIZE_CLASS_AFTER = re.compile(r"-?(?:class|sized?|scale)\b|\s*급", I)
CLASS_COMPARED_BEFORE = re.compile(r"(?:than|closer\s+to|close\s+to|similar\s+to|compared\s+to|like|versus|vs\.?)\s+(?:a|an)\s+$", I)
CLASS_COMPARED_AFTER = re.compile(r"\s*(?:개\s*)?급\s*(?:\S+\s+){0,2}?모델(?:보다|과\s?비슷|와\s?비슷|\s?수준)")
#: A class of models by size, not a model: '300억 개 안팎의 중형 모델이나', '1000억 개가 넘는 대형 모델보다'
#: (but '1550억 개의 대형 모델을 학습하고 있다' is a team's model).
SIZE_CLASS_NOUN_AFTER = re.compile(
    r"\s*개?\s*(?:안팎|정도|내외|수준|가\s?넘는|를\s?넘는|이상|이하)?의?\s*"
    r"(?:중형|대형|소형|경량|초대형|초거대|작은|큰)\s*(?:언어\s?)?모델(?:들|이나|보다|에\s?비해)")
#: '1조로 키울 계획': a model grown to a size (of a model: see SCALE_UP_OBJECT/NOT).
SCALE_UP_AFTER = re.compile(r"\s*(?:개\s*)?(?:규모\s*)?(?:로|으로|까지)\s*(?:\S+\s+)?(?:키우|키울|키운|키워|확대|늘리|늘릴|늘린|확장)")
#: What a count grown to a size must be said of: a model, not money or a market.
SCALE_UP_OBJECT = re.compile(r"(?:모델|파라미터|매개\s?변수|규모)(?:은|는|을|를|의)\s*(?:\S+\s+){0,3}$")
SCALE_UP_NOT = re.compile(r"매출|투자|예산|시장|가치|기업가치|자금|펀드|수익|이용자|사용자")
#: A figure that others reported and the article denies ('보도가 나왔는데 사실이 아니다',
#: 'a media report said ... LG said that figure does not describe the model').
REPORTED = re.compile(r"보도(?!자료)|매체|소문|['’\"”]?\s?관측(?:에|이|은|과|도|을)|\b설이|(?:개발|출시|학습|훈련|공개|합병|매각|인수|투입|출전|교체|모델|[0-9조억]|[조억]\s?개)설['’\"”]?(?:은|이|을|도|과|에)\s"
                      r"|(?:얘기|이야기|말)(?:이|가)\s?(?:돈다|돌고|나돈|나온다|나오고)|다는\s?(?:얘기|이야기|관측)|(?=[a-z])(?:media\s+reports?|(?:there\s+(?:were|are|have\s+been)\s+|(?:a|the|local|earlier|recent|on|of|denied|news)\s+)reports?\s+(?:(?:last|this)\s+(?:week|month|year)\s+)?(?:said|claimed|in|from|by|that)\b|\breports\s+(?:said|claimed|suggested)\b|reportedly|rumou?r|speculat)", I)
DENIED = re.compile(
    r"사실이?\s?아(?:니|닙|냐)|사실무근|오보|잘못\s?알려|일축|(?:수치|보도|숫자|주장)(?:는|은|를|을)\s*(?:\S+\s+){0,3}?부인"
    r"|not\s+true|untrue|(?:figure|number|report|claim)\s+(?:was|is)\s+(?:wrong|incorrect|inaccurate)"
    r"|(?:figure|number|report)\s+(?:\S+\s+){0,6}?(?:does|did)\s+not\s+(?:describe|reflect|represent)"
    r"|(?:설|보도|주장|관측|소문)['’\"”]?(?:에\s?대해(?:서는|선)?|과는|은)[^.\n]{0,80}?선을\s?그"
    r"|검토한\s?(?:바|적)\s?(?:가\s?)?없|사실과\s?다르"
    r"|denie[sd]\s+(?:the|that|it)\b"
    r"|(?:denie[sd]|dismissed|rejected)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}(?:reports?|rumou?rs?|claims?|speculation)"
    r"|(?:report|figure|claim|number)\s+(?:is|was)\s+false"
    r"|pushed\s+back\s+(?:on|against)|not\s+accurate|no\s+such\s+(?:plan|model)"
    r"|\b(?:that|this|it|which)(?:'s|\s+is|\s+was)\s+(?:simply\s+|just\s+|flatly\s+|completely\s+)?(?:wrong|false)\b", I)
#: A claim that the same sentence says was rejected: '60.1점을 받았다고 주장했지만 재판부는
#: 받아들이지 않았다', 'found false its advertisements claiming that X scored 1.2 times'.
CLAIMED = re.compile(r"주장(?:했|하|한|해|하는)|광고|(?=[a-z])(?:\bclaim(?:ed|ing|s)?\b|advertis)", I)
REJECTED = re.compile(
    r"받아들이지\s?않|인정하지\s?않|기각|허위|재현되지\s?않|근거가?\s?없"
    r"|(?=[a-z])(?:found\s+(?:\w+\s+){0,3}?false|\brejected|\bdismissed"
    r"|not\s+(?:be\s+)?reproduc|could\s+not\s+(?:be\s+)?(?:reproduc|verif))", I)
#: An answer that opens with no: 'A. No.', '아닙니다.'
ANSWER_NO = re.compile(r"\W*(?:A\s*[.:]\s*|답\s*[.:]\s*)?(?:No|Nope|아니(?:요|에요|오)|아닙니다)[.,!]")
#: A Korean count of parameters is written with 개 ('5000억개') or next to the word.
KOREAN_COUNT_AFTER = re.compile(r"\s*(?:개(?![사국월])|(?:개의?\s*)?(?:파라미터|매개\s?변수)"
                                r"|짜리(?:인)?\s+(?:[가-힣]+\s+)?(?:모델|LLM|sLLM|언어\s?모델)"
                                r"(?!\s*(?:개발|과제|프로젝트|사업|구축|투자|연구|지원)))")  # '80억 짜리 소형 모델'

#: Parameters active per token in a mixture-of-experts model.
ACTIVE_WORD = re.compile(
    r"깨어나|깨어난|토큰\)?(?:이|가)?\s?(?:하나|1개)|(?:실제로\s?|(?<![을를]\s)(?<![을를])(?<!에서\s))(?:움직이|일하)(?:는|고)\s?(?:건|것은|수는|매개\s?변수(?:는|가)?|파라미터(?:는|가)?)|(?:처리|계산|추론)하는\s?데\s?(?:실제로\s?)?(?:쓰이는|쓰는|동원되는)\s?(?:건|것은|매개\s?변수는?|파라미터는?)|한\s?번에\s?(?:계산에\s?)?(?:쓰는|쓰이는|움직이는|일하는|동원되는)\s?(?:매개\s?변수|건|것은)|(?:계산|연산|추론)에\s*(?:실제로?\s*)?(?:참여|쓰이|쓰는|사용|동원|나서|나선)|(?:계산|연산)에\s*들어가는\s?(?:건|것은|매개\s?변수)|실제로?\s*(?:계산|연산)에\s*참여|토큰\)?\s?마다|활성|(?<!시)켜|켠다|켜는|깨우|깨운|토큰\)?\s?당|추론\s?시|추론할\s?때|추론\s?땐|(?:답|응답|대답)할\s?때\s?(?:실제로\s?)?(?:쓰는|쓰이는|움직이는|동원(?:하|되)는)"
    r"|하나(?:에|마다|당)\s?(?:실제로\s?)?(?:움직이|쓰이|쓰는|일하|동원되)는"  # '질문 하나에 움직이는 건'
    r"|(?:한\s?번|매번)\s?(?:계산|연산|처리|추론)할\s?때(?:마다)?\s*$"  # '한 번 계산할 때 860억 개를 불러낸다'
    r"|불려\s?나오|(?:처리|생성|계산|만들|읽)(?:할|하는)?\s?(?:때|데)\s?(?:마다\s?)?(?:실제로\s?)?(?:움직이|쓰이|쓰는|동원)"
    r"|(?:단어|글자|토큰)(?:를|을)?\s?하나(?:를|을)?\s?(?:만들|생성|처리|내놓)"  # '단어를 하나 만들 때'

    r"|(?=[a-z])(?:switch(?:es|ed)?\s+on|turns?\s+on|for\s+each\s+token|active\b|activated|activates|activating|per[-\s]token"
    r"|(?:routes?|routing|sends?)\s+(?:each|every)\s+token|token\s+through\b|\b(?:each|every)\s+token\b|for\s+(?:any|a)\s+(?:given\s+|single\s+)?token\b)",
    I,
)

#: After a count, only these words make it active ('330억개만 활성화', '23B active').
ACTIVE_WORD_AFTER = re.compile(r"활성|(?:개\s*)?(?:만|가|이)\s*(?:\S+\s+)?(?:계산|연산|추론)에\s*(?:실제로?\s*)?(?:참여|쓰이)|active\b|activated|(?<!시)켜|켠다|켜는|깨우|깨운|만\s?(?:(?:골라|뽑아|꺼내|가려|선택해|선택적으로)\s?)?(?:(?:계산|연산|추론)에\s?)?(?:쓰|쓴|씁|사용|동원|일하|일한|움직|불러\s?(?:내|낸|쓰|쓴|오|온|와))|만\s?(?:실제\s?)?(?:계산|연산|추론)에\s?(?:나서|나선|들어가|투입)|만\s?일을\s?(?:시키|한다|하는)|of\s+(?:them|its|those)\b|per[-\s]token|for\s+each\s+token"
    r"|of\s+which\s+(?:are\s+|is\s+)?(?:active|used|in\s+use|work|fire|run|switched\s+on)\b"
    r"|(?:are|is)\s+(?:in\s+play|at\s+work)\s+(?:for|on|per)\b"  # '20 billion are in play for any single token', '24 billion are at work on …'
    r"|\bfires?\s+(?:for|on|per)\b|(?:for|on)\s+(?:any|a|each|every)\s+(?:one\s+|given\s+|single\s+)?token\b"
    r"|(?:do|does|doing)\s+(?:the\s+|all\s+the\s+)?(?:actual\s+|real\s+)?work\b(?!\s+of\b)"  # '21 billion do the work'
    r"|(?:are|is|get|gets)\s+put\s+to\s+(?:work|use)\s+(?:on|for|per)\b"  # '14 billion are put to work on each token'
    r"|(?:are|is|get|gets)\s+(?:switched|turned)\s+on\b"
    r"|(?:switched|turned)\s+on\s+(?:for|per|on)\s+(?:any|a|each|every)\b", I)  # 'with 82 billion switched on for any given token'  # '18 billion are switched on for a given token'

#: What may stand before a sentence's first name: 'The Naver system …', '"X came first …'.
SENTENCE_OPENING = re.compile(r"\W{0,3}(?:The\s+)?")
#: A count a model uses ('which uses 32 billion', '340억 개를 씁니다', and the first of
#: 'X는 610억 개, Y는 340억 개를 씁니다'): the active part where the sentences before
#: speak of active parameters.
USES_BEFORE = re.compile(r"(?=[a-z])\b(?:uses?|using)\s+(?:only\s+|just\s+)?$", I)
USES_AFTER = re.compile(
    r"\s*개?(?:\s*,\s*(?:[^,.\n]|\.(?=\d)){1,30}?\d[\d,.]*\s*[억조]\s*개)*\s*(?:를|을|만)?\s*"
    r"(?:씁니다|쓴다|쓰고|써요|사용한다|사용합니다|사용하고)")
#: Verbs of a score given as someone's: 'the 81.9 logged by X', 'the 78.1 earned by X'.
SCORED_BY_VERB = r"(?:achieved|logged|earned|posted|scored|recorded|set|managed|notched)"
#: '6.5 billion parameters working per token': read past the 28 characters above.
WORKING_PER_TOKEN = re.compile(  # '… parameters are in play for a single token'
    r"\s*(?:billion|B)?\s*parameters?\s+(?:are\s+|is\s+)?(?:(?:at\s+)?work(?:s|ing)?|in\s+play|in\s+use|used)"
    r"\s+(?:per|on|for)\s+(?:(?:each|every|any|a)\s+)?(?:single\s+|given\s+|one\s+)?token"
    # '… 92 billion take part in producing any one token', '… 108 billion are engaged per token'
    r"|\s*(?:(?:billion|B)\s+)?(?:of\s+(?:them|those)\s+)?(?:are\s+|is\s+)?(?:take\s+part\s+in|engaged|called\s+on|called\s+up)"
    r"\b[^.;\d]{0,30}?\b(?:per|each|every|any\s+(?:one\s+)?|a\s+(?:single\s+|given\s+)?)\s*token", I)
#: 'With 84.6 on KMMLU, X leads …', 'At 91.2%, X …', 'With 1.52 trillion parameters, X is …': a
#: figure put before the sentence's subject, which FRONTED_TAIL reaches.
FRONTED_FIGURE = re.compile(
    r"\W{0,3}(?:With|At|Scoring|Packing|Carrying)\s+(?:an?\s+|about\s+|around\s+|roughly\s+|some\s+|nearly\s+"
    r"|just\s+|only\s+|over\s+)?", I)
FRONTED_TAIL = re.compile(r"[^,.;]{0,50},\s+(?:[A-Z][\w.&-]*(?:'s|’s)\s+)?")
#: A count said to be the total ('총 5190억개', '400 billion total', '109 billion in total').
TOTAL_BEFORE = re.compile(r"(?:(?:총|전체|total|overall)\s*(?:매개\s?변수|파라미터|parameters?)?\s*(?:는|은|이|가|:)?|(?=[a-z])of\s+(?:its|the|their))\s*(?:약|about|~)?\s*$", I)
TOTAL_AFTER = re.compile(r"\s*(?:개의?\s*)?(?:total\b|in\s+total\b|overall\b)", I)
#: Where the words after a count stop being about it: past the model it sizes ('2조 개
#: 모델이 완성되면 토큰당 활성 …' speaks of the model's total).
AFTER_STOP = re.compile(r"\b(?:but|while|and|whereas|with|models?)\b|[,;(]|\d|모델", I)

#: A release told in the present tense: '내놓는다', '출시합니다', '낸다'.
_RELEASE_NOW = r"(?:내놓(?:는다|습니다)|공개(?:한다|합니다)|출시(?:한다|합니다)|선보(?:인다|입니다)|낸다|냅니다)"
#: A release in a month of the year, told in the present tense: '6월에 ... 내놓습니다',
#: '9월 출시한다고'. It is still to come when that month is not before the article's.
DATED_RELEASE = re.compile(  # a month, a quarter ('4분기에는') or a half ('하반기에')
    r"(?:(?<!\d)(?P<month>1[0-2]|[1-9])월|(?<!\d)(?P<quarter>[1-4])분기|(?P<half>상|하)반기)"
    r"(?:\s*[중초말])?(?:에는|에|께|쯤)?\s[^.?!\n]{0,40}?"
    r"(?:" + _RELEASE_NOW + r"|발표(?:합니다|한다)"
    r"|(?:모델|정식판|버전)(?:이|가|도)\s(?:나온다|나옵니다))(?:고|며)?(?![가-힣])")  # not '분석이 나온다'


#: Growth to the count still under way, said with 불리다 (which also means 'to be called':
#: the caller checks a count grown from comes before): '… 개를 2조 개로 불리는 구간'.
INFLATED_AFTER = re.compile(
    r"\s*개?\s*(?:로|으로)\s*불리는\s(?![^.\n]{0,30}?(?:데\s?성공|마쳤|끝냈|마무리|완료|걸린|걸렸|들었))")

#: A size first set and since changed: '처음 설계할 때는 80억 개로 잡았어요'.
FIRST_SET_BEFORE = re.compile(r"(?:처음|당초|원래|애초)")

_NEAR_TIME = r"(?:내년|상반기|하반기|연내|연말|다음\s?달|내달|\d분기)"
#: A time still to come; a bare month only where the verb ends the sentence ('9월 공개하고'
#: may tell the past).
_TIME_TO_COME = r"(?:" + _NEAR_TIME + r"|오는\s?\d{1,2}월)"
_MONTH_OR_LATER = r"(?:" + _NEAR_TIME + r"|(?:오는\s?)?\d{1,2}월)"
#: Plans said of the count itself, right after it: '… 개로 늘리는 방안을 검토하고 있다',
#: '… 개로 잡았다', '… 개 규모의 VLM 개발을 이어가고 있다', '… 개로 만들기로 했다'.
PLAN_AFTER_COUNT = re.compile(
    r"\s*개?\s*(?:규모|수준)?\s*(?:로|으로)\s*(?:(?:늘리|키우|확대하)는\s*방안을\s*(?:검토|추진|마련)|잡았)"
    # the count describes what is to be built, no other object in between
    r"|\s*개?\s*(?:규모|급)?의?\s*[^.\n을를]{0,50}?(?:을|를)\s*(?:[^.\s]+\s+){0,2}?[^.\s]*"
    r"(?:기로\s?(?:했|하였|결정|합의)|(?:이어가|계속하)고\s?있)"
    # the count as what is being built, in the passive: '… 320억 개 규모로 개발되고 있으며'
    r"|\s*개?\s*(?:,\s*(?:활성|토큰당|토큰마다)?\s*(?:매개\s?변수\s*)?[\d,.]+\s*(?:조\s*)?(?:[\d,.]+\s*)?억?\s*개)?"
    r"\s*(?:규모|수준)?\s*(?:로|으로)\s*(?:개발|학습|훈련)되고\s?있(?!던|었)"
    # growing a model to the count, still under way: '9000억 개를 1조 5000억 개로 키우는 작업'
    r"|\s*개?\s*(?:규모|수준)?\s*(?:로|으로)\s*(?:키우|늘리|확대하|확장하)는\s"
    r"(?![^.\n]{0,30}?(?:데\s?성공|마쳤|끝냈|마무리|완료|걸린|걸렸|들었))"
    # what the count sizes is released at a time still to come: '1000억 개 안팎의 경량판을
    # 상반기 안에 공개한다'
    r"|\s*개?\s*(?:안팎|규모|급|수준|짜리)?의?\s*[^.\n을를]{0,20}?(?:을|를)\s+" + _TIME_TO_COME
    + r"(?:\s?(?:안|중|초|말))?(?:에|께)?\s+" + _RELEASE_NOW)

#: A release said in the present with a time still to come: '상반기에 내놓는다', '9월에 낸다'
#: ('3월에 후속작을 선보인다' is another model's release), or the release as the subject
#: ("10월 정식판은 … 구조로 나온다").
_RELEASE_AS_SUBJECT = (
    r"(?:" + _MONTH_OR_LATER + r"(?:에|께)?\s?)?(?:정식판|정식\s?버전|완성판)(?:은|는|이|가|도)\s"
    r"(?:[^.\n]{0,40}?\s)?(?:" + _MONTH_OR_LATER + r"(?:에|께)?\s)?[^.\n]{0,40}?"
    r"(?:나온다|나옵니다|공개된다|출시된다)")
RELEASE_TO_COME = (
    r"(?<!지난\s)(?<!지난해\s)(?<!작년\s)(?:" + _TIME_TO_COME
    + r"(?:(?!후속|차기)[^.\n]){0,12}?(?:내놓고|공개하고|출시하고|선보이고)|" + _MONTH_OR_LATER
    + r"(?:(?!후속|차기)[^.\n]){0,12}?" + _RELEASE_NOW + r"|" + _RELEASE_AS_SUBJECT + r")")
#: The same said of a model in so many words, which makes every count of the clause a plan:
#: '40억 개짜리 경량 모델도 하반기에 낸다' (not '3월에 API를 공개한다').
MODEL_RELEASE_TO_COME = (
    r"모델(?:도|은|는|을|를)\s(?:[^.\n]{0,12}?\s)?(?<!지난\s)(?<!지난해\s)(?<!작년\s)" + _MONTH_OR_LATER
    + r"(?:에|께|중|에는)?\s" + _RELEASE_NOW + r"|" + _RELEASE_AS_SUBJECT)
#: A clause about the future: targets, plans, work in progress.
PLANNED_WORD = re.compile(
    r"""예정(?!\s?(?:시간|시각))|계획|목표(?![\s가-힣])|목표\s?(?:매개\s?변수|파라미터|규모|크기)|목표로|목표다|목표이다|목표를|목표는|목표\s*[:：]|목표치|목표\s?규모|겠다|겠습니다|할\s?방침|방침이|할\s?것|될\s?것(?:이|으로)|개발\s?중(?!간|요)|학습\s?중(?!간|요)|훈련\s?중(?!간)|준비\s?중|로\s?잡고\s?있
      | (?:로|으로)\s?잡았(?:고|으며)(?![가-힣])|추진|확대할|확대해|확대한다|키울|키운다|키우겠|키우기로|늘릴|늘린다|늘리기로|것이\s?조건  # '… 안팎으로 잡았고
      | 기로\s?(?:돼|되어)\s?있(?!었)  # '… 모델을 넘기기로 돼 있다': due, not done
      | (?:새|차세대|차기|신규|다음)\s?(?:[가-힣]+\s)?모델(?:을|를|의\s?(?:공개|출시)를?)\s[^.\n]{0,20}?(?:로|으로)\s?(?:미뤘|미룬|연기했|연기한|늦췄|늦춘)  # a new model put off: still to come
      | (?<![\d.])\d{1,2}일\s[^\n]{0,50}?(?:모델|LLM)(?:을|를)\s(?:공개한다|출시한다|내놓는다|선보인다|공개합니다|출시합니다)  # '16일 … 모델을 공개한다'
      | (?:선보일|내놓을|공개할|출시할)(?!\s?때)|로드맵|예고(?!편)|도전할|구축할|(?:공개|출시|발표|상용화)(?:를|을)?\s?앞(?:둔|두고)
      | 고도화할|고도화한다|고도화하겠|단계적|차기|향후|내년|하반기까지|상반기까지|년까지|(?<!지난해\s)(?<!작년\s)(?<!지난\s)연말까지|연내에?\s
      | 것이\s?목표|목표['’"”]?\s?(?:라며|라고|라는|이라)
      | 학습하고\s?있|훈련하고\s?있|개발하고\s?있|만들고\s?있|생각하고\s?있|준비하고\s?있|구상|염두에
      | (?:학습|훈련|개발|준비)하는\s?중
      | (?:학습|훈련)(?:을|에)?\s?(?:시작|착수|돌입)했(?:다|는데|으며|습니다)  # in training since then
      | (?:상반기|하반기|연내|올해\s?안에?|내년|다음\s?달|내달|연말)[^.\n]{0,40}?  # a time to come and
        (?:내놓는다|내놓습니다|선보인다|선보입니다|공개한다|공개합니다|출시한다|출시합니다)  # a release now
      | ['’"”]\s*(?:을|를)?\s*(?:낸다|냅니다)
      | (?:다음\s?달|내달|다음\s?주)[^.]{0,20}?(?:공개|출시|선보)(?!했|됐|한\s|된\s|인\s)
      | """ + MODEL_RELEASE_TO_COME + r"""
      | (?<![우고])려고\s?(?:합|한다|하고|하며|해)
      | (?:완성|완료)(?:되|하)면\s  # a model once finished: still in training
      | (?:로|으로)\s?못\s?박(?:았|았다|고|은)  # a size fixed as the target: '… 개로 못 박았다'
      | (?=[a-z])(?:  # English (see above), behind one \b
        \b(?:due\b|is\s+(?:now\s+|currently\s+|also\s+)?(?:building|developing|training)\b|under\s+development\b
      | will\b|plans?\b|planned\b|planning\b|aims?\b|targets?\b|next\b|upcoming\b|future\b
      | by\s+(?:the\s+end\s+of\s+)?20\d\d|in\s+training\b|is\s+(?:pre-?)?training\b
      | scale\s+(?:up\s+)?to\b|set\s+to\b|expected\s+to\b|going\s+to\b|still\s+training\b)
      | being\s+(?:pre-?)?trained)
    """,
    I | re.VERBOSE,
)

#: A Korean clause that reports something done ('공개했으며', '개발을 마쳤다').
DONE_WORD = re.compile(
    r"(?:했|였|됐|왔|놨|혔|쳤|었|았|냈|줬|썼)(?:다|으며|고|던|는데|지만)|완료|마친|마쳤"
    r"|(?:선보인|공개한|출시한|내놓은|개발한|발표한)\s|지난해|작년|지난달|이미"
    r"|(?:공개|출시|발표)하며|선보이며|내놓으며"  # 'X를 공개하며 …': released, as it says so
)
#: A list line labelled as a plan ('- 다음 목표: 2단계에서 300B', 'Target: 1T'): the label
#: governs the clause after its colon.
PLAN_LABEL = re.compile(r"[^:：\n]{0,20}(?:목표|계획|target|goal|plan|next)[^:：\n]{0,6}[:：]\s*", I)

#: Words that place a model in the past, whatever the sentence's verb ('지난해 공개한').
PAST_MARK = re.compile(r"(?:선보인|공개한|출시한|내놓은|개발한|발표한)\s|지난해|작년|지난달|이미|known\s+for"
                       r"|\blast\s+(?:year|month|week)\b", I)

#: An English verb of a plan for a model ('KT plans to release X, a 32-billion-parameter
#: model, in H2', 'has promised a 2 trillion-parameter model'). 'will present' or 'will
#: show' an existing model is no plan.
ENGLISH_PLAN = re.compile(
    r"\b(?:plans?|planning|aims?|aiming|intends?|set|slated|scheduled|expected|expects?|due|pledged|pledges|vowed|vows"
    r"|promised|promises|committed)\s+to\s+(?:(?:roughly|nearly|more\s+than|at\s+least)\s+)?"
    r"(?:release|launch|build|develop|train|unveil|open-source|ship|put\s+out|introduce|scale|grow|expand|enlarge|double|triple"
    r"|increase|finish|complete)"
    # wishes, of a model only: 'wants to double X' (not 'wants to expand sales')
    r"|\b(?:wants?|hopes?|seeks?)\s+to\s+(?:(?:roughly|nearly|more\s+than|at\s+least)\s+)?"
    r"(?:release|launch|build|develop|train|unveil|open-source|ship|double|triple|finish|complete)\b"
    r"|\b(?:will|would)\s+(?:release|launch|build|develop|train|unveil|open-source|ship|introduce|scale|grow|expand|enlarge|double|increase)"
    r"|\b(?:is|are)\s+(?:now\s+)?planned\b"
    r"|\bwill\s+be\s+(?:released|launched|unveiled|open-sourced|shipped|introduced|built|trained|developed)\b"
    r"|\b(?:plans?|planning|preparing|promised|promises|pledged|vowed|proposed|proposes|proposing|pitched|pitches|pitching)"
    r"\s+(?:a|an|its)\s+(?:[\w.-]+\s+){0,3}?(?:successor|model|version|sequel)\b"
    r"|\b(?:is|are)\s+(?:now\s+|currently\s+|also\s+|still\s+)?(?:building|developing|training|preparing|readying)\b"
    r"|\b(?:slated|scheduled)\s+for\b|\bdue\s+(?:in|by|out)\b|\bwill\s+be\s+ready\b"
    r"|\b(?:has|have|had)\s+(?:pencil+ed|earmarked)\s+(?:\w+\s+)?(?:in|for)\b"  # 'has pencilled in for the second half'
    r"|\b(?:is|are)\s+(?:now\s+|also\s+)?on\s+(?:the|our|its|their)\s+roadmap\b"
    # 'its 1 trillion-class model arrives later this month' (not 'X, out since March,
    # arrives next month on phones': a model that is out already, on a new device)
    r"|\b(?:model|successor|version)\s+(?:arrives?|lands?|comes?\s+out|ships|launches|debuts?)\s+"
    r"(?:later\s+this|next|early\s+next)\s+(?:week|month|quarter|year)\b"
    r"|\b(?:aims?|aiming|targets?|targeting)\s+(?:for|at)\s+(?:about\s+|around\s+|roughly\s+)?\d",  # 'is aiming for 400 billion …'
    I,
)
#: An English verb that reports something done or a state now ('kept K-EXAONE at 236
#: billion', 'doubled A.X K1', 'packs 211 billion'); not participles that may be adjectives
#: ('a version trained on Korean data').
ENGLISH_DONE = re.compile(
    r"\b(?:has|had|have|was|were|is|are|known\s+for|released|launched|unveiled|introduced|open-sourced"
    r"|kept|doubled|tripled|grew|enlarged|expanded|reached|scored|entered|submitted|showed"
    r"|packs|carries|finished|won|beat|topped|shipped|debuted|uses|runs|activates|contains|shrank)\b", I)

#: A sentence that refers back to the model of the story ('이 모델은', 'the new model').
ANAPHOR = re.compile(r"(?:이|새|해당|동|신규)\s?모델|\bthe\s+(?:new\s+)?model\b|\bit\s", I)
#: The speaker's own model in an interview: 'Ours has …', 'our model scored', '우리 모델은'.
OURS = re.compile(r"\bours\b|\bour\s+(?:new\s+|own\s+|latest\s+)?model\b|우리\s?(?:회사\s?)?모델", I)

#: Work still in progress, which makes even a count in a model's name a plan.
IN_PROGRESS = re.compile(
    r"(?:내놓|출시|공개|선보)(?:을|일|할)\s*(?:예정|계획)|낼\s*(?:예정|계획)|(?:내놓|선보이|공개하|출시하|개발하|(?<![가-힣])내)겠"
    r"|학습\s?중(?!간|요)|훈련\s?중(?!간)|개발\s?중(?!간|요)|출시\s?예정|공개\s?예정"
    r"|(?:공개|출시|발표)(?:를|을)?\s?앞(?:둔|두고)"
    r"|(?:공개|출시)를\s?목표로|학습에\s?들어갔|학습(?:을|에)?\s?(?:시작|착수|돌입)했(?:다|는데|으며|습니다)"
    r"|" + RELEASE_TO_COME +
    r"|(?:내놓|출시|공개|선보)(?:는다|한다|인다)는\s?(?:계획|방침|목표|구상)"
    r"|(?=[a-z])(?:"  # English (see above)
    r"(?:will|would)\s+(?:release|launch|unveil|ship|develop|build|train)|\bslated\b|\bscheduled\s+(?:for|to)\b"
    r"|\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:preparing|building|developing|training)\b|\bdue\s+(?:in|by)\b|in\s+training|still\s+(?:being\s+)?(?:pre-?)?train|being\s+(?:pre-?)?trained|upcoming"
    r"|\b(?:our|its|their)\s+(?:\w+\s+)?next\s+(?:flagship\s+)?model\b)",
    I,
)

#: A named model announced for later right around its name: 'plans a larger successor,
#: X 70B, for the fall' (not 'released X in April and plans a data center').
PLAN_BEFORE_NAME = re.compile(
    r"\bplans?\s+(?:a|an)\s[^.;]{0,50}$"
    r"|\b(?:plans?|planning|aims?|intends?|expects?|is\s+set|are\s+set|is\s+due)\s+to\s+"
    r"(?:release|launch|unveil|ship|introduce|open-source|put\s+out)\s+(?:its\s+|the\s+)?$", I)
PLAN_AFTER_NAME = re.compile(
    r"[^.;]{0,30}?(?:later\s+this\s+year|in\s+the\s+coming\s+(?:months|weeks)"
    r"|for\s+the\s+(?:fall|autumn|spring|summer|winter)\b"
    r"|for\s+the\s+(?:first|second)\s+half\s+of\s+(?:next\s+year|20\d\d))"
    # the model itself comes out at a time still to come: "'X'는 하반기에 나온다"
    r"|['’\"”]?(?:은|는|이|가)\s*(?:내년|상반기|하반기|연내|연말|다음\s?달|내달|(?:오는\s?)?\d{1,2}월)"
    r"(?:\s?(?:초|중|말|중순|안))?(?:에|께)?\s*(?:나온다|나옵니다|나올\s?예정)", I)

#: A count marked as the present state inside a sentence about plans ('현 500B 모델을',
#: '100B 모델을 시작으로').
CURRENT_BEFORE = re.compile(r"(?:현|현재|기존|지금의|current|existing|today'?s|\bnow(?:\s+an?)?)\s*(?:의\s*)?$", I)
#: '현재 매개변수 1000억 개 수준인 이 모델을 … 키우겠다': the size a model has now.
NOW_WORD = re.compile(r"현재|지금|currently", I)
IS_THE_SIZE_AFTER = re.compile(r"\s*개?\s*(?:수준|규모|정도)?인\s")
CURRENT_AFTER = re.compile(r"[^.。]{0,16}?(?:시작으로|에서\s+(?:\d|2)|from\s+(?:the\s+)?current)", I)

#: A model already in service (in the count's clause), whatever else the sentence plans: "'A.X 타이탄'은 이미 유료
#: 서비스로 돈을 벌고 있어", 'is already on sale'.
IN_SERVICE_AFTER = re.compile(
    r"(?:[^.。\n,]|\.(?=\S)){0,60}?(?:이미|벌써)\s(?:[^.。\n,]{0,16}?)(?:서비스|판매|상용|쓰이|팔리|돈을\s?벌|운영\s?중)"
    r"|(?:[^.。\n,]|\.(?=\S)){0,60}?\b(?:is|are)\s+already\s+(?:in\s+service|on\s+sale|sold|earning|serving|in\s+use)", I)

#: A plan the same clause says was carried out, if late: '… 9월까지 끝내기로 했지만 실제로는
#: 11월에야 마쳤다', 'was due in March but only shipped in May'. Between the turn and the
#: verb only times and adverbs: no object of its own ('결국 경량 모델부터 공개했다', 'only
#: released a preview API' carried out something else).
PLAN_MET_LATE_AFTER = re.compile(
    r"[^.。\n]{0,80}?(?:기로\s?(?:했|하였)|계획이었|예정이었|목표였)(?:지만|으나|는데),?\s"
    r"(?:(?![^.。\n]*?(?:(?<!에\s모델)(?<!이)[을를]|만|부터|도)\s)[^.。\n]){0,40}?(?:에야|뒤늦게|결국|실제로는?)\s?"
    r"(?:(?![^.。\n]*?(?:(?<!에\s모델)(?<!이)[을를]|만|부터|도)\s)[^.。\n]){0,24}?"  # ('… 6월에 모델을 공개했다': the same one)
    r"(?:마쳤|끝냈|완료했|마무리했|공개했|내놨|출시했|선보였)"
    r"|[^.\n]{0,80}?\b(?:was|were)\s+(?:due|planned|scheduled|slated|meant)\b[^.\n]{0,40}?\bbut\s+"
    r"(?:only\s+|finally\s+)?(?:shipped|launched|came\s+out|was\s+released|released)\s+(?:it\s+)?"
    r"(?:in|on|last|this|at|after|to|(?:\w+\s+)?(?:weeks?|months?|days?)\s+later|later)\b", I)

#: A target date: '2027년까지', '2027년 상반기', 'by 2027', 'in H1 2027'.
TARGET_DATE = re.compile(
    r"(?P<year>20\d\d)\s*년\s*(?P<half>상반기|하반기|1분기|2분기|3분기|4분기)?"
    r"|\b(?:by|in|for|until|through|before)\s+(?:the\s+end\s+of\s+)?"
    r"(?:(?P<eh>H[12]|the\s+first\s+half\s+of|the\s+second\s+half\s+of)\s+)?(?P<eyear>20\d\d)",
    I,
)
NEXT_YEAR = re.compile(r"내년|next\s+year", I)
THIS_YEAR = re.compile(r"연말|올해|연내|this\s+year|year-end|end\s+of\s+the\s+year", I)

#: What may stand between a model and the word that makes it a base: quotes, its score in
#: brackets, a word for which release ("'A.X K1' 확장판(78.1점)과 견주면").
#: Words for a new edition of a model, after its name, which leave it the same model
#: ("'A.X K1' 확장판이 …"); with the words for a release, which may not ('정식판').
_EDITIONS = "확장판|개량판|개선판|강화판|최신판|신버전"
EDITION_WORD = f"(?:{_EDITIONS})"
RELEASE_WORD = f"(?:{_EDITIONS}|정식판|프리뷰|버전)"
_GAP_AFTER_BASE = (r"(?:\s|['’\"”」』]|\([^()]{0,40}\)"
                   r"|(?<=\s)(?:" + RELEASE_WORD + r"|모델)(?=[\s(]|과|와|대비|보다)){0,4}")
#: A model set as the base the figures after it are shares of: 'X를 기준으로 삼으면 Y는 98%',
#: 'X 점수를 100으로 놓으면 Y는 98'.
_SET_TO_100_AFTER = r"\s?(?:의\s*)?(?:점수|성능|성적|정답률)?(?:을|를)\s*100(?:으로|%로)\s*(?:놓|잡|삼|하|치)"
SET_TO_100 = re.compile(_SET_TO_100_AFTER)
BASE_SET_AFTER = (  # one group in the alternations below
    r"\s?(?:을|를)?\s?기준으로\s?(?:환산하면|따지면|놓으면|치면|삼으면|삼아|하면|잡으면)|" + _SET_TO_100_AFTER)
#: Words that compare a model with a baseline, after the baseline's name.
#: A margin to a model: "'X'와 0.6%P 차", 'X와 1.5점 차로'.
_MARGIN = r"(?:와|과)\s*\d+(?:\.\d+)?\s*(?:%\s?p|%\s?포인트|포인트|점)\s*차(?:로)?(?![가-힣])"
MARGIN_AFTER = re.compile(r"['’\"”]?\s*" + _MARGIN, I)
COMPARISON_AFTER = re.compile(
    _GAP_AFTER_BASE + r"""
        (?:등\s*(?:\S+\s+){0,3}모델들?\s*)?          # 'GPT-4' 등 폐쇄형 모델과
        (?:에\s?이어|\s이어\s|뒤를\s?이어|다음으로|다음\s?(?:자리인|자리로|가는|순위인)|대비|보다|에\s?비해|의\s*\d+(?:\.\d+)?\s*%
          | (?:의\s*)?(?:점수|성능|성적|정답률)의\s*\d+(?:\.\d+)?\s*%    # '딥시크 R1 점수의 93%'
          | (?:의\s*)?(?:점수|성능|성적)(?:을|를)\s*100(?:으로|%로)      # 'X의 점수를 100으로 놓고'
          | (?:의\s*)?(?:점수|성능|성적|정답률)의\s*\d+(?:\.\d+)?\s*배     # 'X 점수의 1.15배'
          | (?<=\))의\s*\d+(?:\.\d+)?\s*배                            # 'X(69.3점)의 1.1배'
          | 의\s*\d+(?:\.\d+)?\s*점(?:에|과|와)\s*(?:대면|비하면|견주면|비교하면)  # "'X'의 83.2점에 대면"
          | (?:와|과)\s*나란히\s*놓                                   # 'X와 나란히 놓으면'
          | """ + BASE_SET_AFTER + r"""                                  # 'X를 기준으로 삼으면'
          | 의\s*\d+(?:\.\d+)?\s*점(?:도|을|를)?\s*(?:웃돌|웃돈|넘|앞서|앞섰|뛰어넘|제쳤|제친)  # "'X'의 85.4점도 웃돈다"
          | 의\s*(?:\S{1,4}\s+)?(?:점수|성능|성적)\s*(?:\([^()]{0,20}\))?\s*(?:와|과)\s*(?:비교|견주|견준|견줘)
          | 의\s*(?:절반|두\s?배|세\s?배|\d+(?:\.\d+)?배|\d+분의)|(?:와|과)\s*(?:같은|비슷한|동급|맞먹)
          | 에\s*(?:버금|필적|맞먹|근접|육박|밀려|밀린|뒤져|뒤진|뒤처)
          | (?:와|과)(?:의)?\s*(?:\S{1,4}\s+)?(?:성능\s*)?(?:비교|견주|견준|견줘|견줬|맞붙|경쟁)
          | (?:와|과)의?\s*(?:점수\s*)?(?:차이|격차)                    # "X와의 차이"
          | """ + _MARGIN + r"""  # "X와 0.6%P 차 2위"
          | (?:이|가|은|는)\s[^.\n]{0,30}?던\s?것(?:과|에)\s*(?:비교|견주|견준|견줘|비하)  # 'X가 5190억 개였던 것과 비교하면'
          | (?:을|를)\s*(?:모두\s*|크게\s*|일제히\s*)?(?:앞|넘|웃돌|능가|제치|제쳤|따돌|누르|눌렀|이기|이겼|뛰어넘))""",
    I | re.VERBOSE,
)
#: A model brought in for contrast ('같은 조건에서 메타의 라마 4는').
CONTRAST_BEFORE = re.compile(  # '같은 조건에서 라마 4는', "비교 삼아 돌려 본 구글 '제미나이 …'"
    r"(?:같은\s?조건에서|동일한?\s?조건에서|비교\s?대상인|경쟁\s?모델인)\s*(?:\S+?(?:의)?\s+)?['‘\"“]?$"
    r"|(?:비교\s?(?:삼아|용으로|를\s?위해)|대조군으로)\s+(?:\S+\s+){0,3}?['‘\"“]?$")
#: What a ratio is taken against: 'X 대비 104%', 'X와 비교해 148%', '103% of X's score'.
RATIO_AFTER = re.compile(
    _GAP_AFTER_BASE + r"(?:대비|에\s?비해|(?:와|과)(?:의)?\s*(?:\S{1,4}\s+)?(?:성능\s*)?(?:비교|견주|견준|견줘)"
    r"|의\s*\d+(?:\.\d+)?\s*%"  # 'GPT-OSS 120B의 105%': 105% of it
    r"|(?:의|(?:이|가)\s?(?:받은|기록한|얻은|낸))\s*\d+(?:\.\d+)?\s*점(?:에|과|와)\s*(?:대면|비하면|견주면|비교하면)"
    r"|(?:와|과)\s*나란히\s*놓|" + BASE_SET_AFTER +
    r"|\s?(?:점수|성능|성적|정답률)(?:에|와|과)\s*(?:견주|견준|견줘|비교하|비하|대면)"  # '엣지 점수에 견주면 99%'

    # "'X'의 83.2점에 대면", 'X가 받은 88.6점과 비교하면', 'X와 나란히 놓으면', 'X 기준으로 환산하면'
    r"|(?:의\s*)?(?:점수|성능|성적|정답률)의\s*\d+(?:\.\d+)?\s*%"  # '딥시크 R1 점수의 93%'
    r"|(?:의\s*)?(?:점수|성능|성적)(?:을|를)\s*100(?:으로|%로)"  # 'X의 점수를 100으로 놓고'
    r"|의\s*(?:\S{1,4}\s+)?(?:점수|성능|성적)\s*(?:\([^()]{0,20}\))?\s*(?:와|과)\s*(?:비교|견주|견준|견줘))",  # 'X의 평균 점수(71.9점)와 견주면'
    I,
)
BASE_SET = re.compile(_GAP_AFTER_BASE + "(?:" + BASE_SET_AFTER + ")", I)
RATIO_BEFORE = re.compile(r"(?=[a-z])(?:compared\s+(?:with|to)|relative\s+to|\bof|versus|vs\.?)\s+(?:the\s+)?(?:[A-Z][\w.]*(?:'s|’s)\s+)?$", I)
#: A ratio's base named after what it is to the subject: '107% of its predecessor, VAETKI
#: Pro', '104% of its predecessor, Kakao's Kanana-2'.
PERCENT_OF_KIN = (r"(?:%|percent)\s+of\s+(?:(?:its|their|our|the)\s+)?(?:[\w-]+\s+)?"
                  r"(?:predecessor|forerunner|sibling|rival|successor)\s*,\s+"
                  r"(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?(?:'s|’s)\s+)?")
COMPARISON_BEFORE = re.compile(
    r"(?=[a-z\d%])(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?|than|against|over|(?:%|percent|times|that|those|scores?|results?|level|performance)\s+of|behind|after|beating|beat|outperform\w*|outscor\w*|edged(?:\s+out)?|topped|bested|ahead\s+of|as\s+(?:high|good|well)\s+as|(?:gap|par|parity|pace)\s+(?:with|to)|(?:caught|catch(?:es|ing)?)\s+up\s+(?:with|to)|trail(?:s|ed|ing)?|(?<!its\s)(?<!their\s)(?<!the\s)(?<!a\s)(?<!closest\s)(?<!nearest\s)(?<!main\s)(?<!biggest\s)rival(?:s|led|ing)?|\d\s+for|\d\s+times|\dx)\s+(?:only\s+|just\s+)?(?:the\s+)?(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?(?:'s|’s)\s+)?$"
    r"|" + PERCENT_OF_KIN + r"$", I)
