"""Benchmark claims from results tables that the news writes as lines of cells and pipes.

    구분 | KMMLU | 해례벤치         | Model | MMLU-Pro | LiveCodeBench |
    솔빛-2 14B | 58.7 | 79.5        |---|---|---|
    큐웬3 32B | 59.9 | 77.1         | Solar Open 100B | 78.2% | N/A |

Every number of such a table is one claim: about the model (or team) at the head of its
row, for the benchmark at the head of its column, unit `score` (`%` or `rank` when the
cell or the column says so), no baseline. When the header row names the models, the
table is read the other way round (the first column names the benchmarks).

A block of lines with pipes is a table only with a header row, two rows of its width, and
one row that names a model and is mostly numbers; so a byline ('**언론사** | 2026-03-19
14:20 |') or a table of teams and slogans is not. Rows that name neither a model nor a
team ('평균', 'Average') and columns of sizes, prices, dates or speeds give no claims.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .benchmark_names import benchmark_names
from .claims import ClaimFact
from .context import ArticleContext
from .entities import Mention

Span = tuple[int, int]
MentionsIn = Callable[[int, int], list[Mention]]

#: A line with more pipes than this is not a table row (reading a line of 100,000 pipes
#: cell by cell would cost time for nothing).
MAX_CELLS = 40
#: Rows read from one table; a results table in the news has a few dozen at most.
MAX_ROWS = 200

#: What decorates a cell without being its content: spaces, markdown emphasis (`**61.2**`
#: marks the best score), quotes and footnote marks.
_NOISE = " \t\u00a0*_`~'\"‘’“”†‡§¶↑↓▲▼"
_NOISE_END = _NOISE + "\r"
#: A markdown separator row: `---|:---:|---`.
_SEPARATOR_CELL = re.compile(r":?-{2,}:?|:?={2,}:?")
#: A cell that is one number, with the unit it may be written with.
_NUMBER_CELL = re.compile(
    r"""(?P<number>(?:\d{1,3}(?:,\d{3})+|\d{1,6})(?:\.\d{1,6})?)  # 61.2, 88.0, 1,285
        (?P<unit>\s*(?:%|％|점|pts?|points?|위)|(?:st|nd|rd|th))?     # 78.2%, 72점, 3위, 1st
        (?:\s*\(\s*(?P<place>\d{1,2}(?:st|nd|rd|th|\s?위))\s*\))?     # '88.1% (1st)': its place too
    """,
    re.X | re.I,
)
_PLACE_NUMBER = re.compile(r"\d+")
_ORDINAL_ENDINGS = frozenset(("st", "nd", "rd", "th"))
#: A cell with no value in it.
_MISSING_CELL = re.compile(r"(?:-|–|—|−|N/?A|n/?a|NA|x|X|✗|×|/|\?|없음|미공개|미측정|해당\s?없음"
                           r"|not\s+(?:tested|run|measured|rated|available)|untested|미실시|미시험|시험\s?안\s?함)?"
                           r"(?:\s*\([^()\n]{1,30}\))?")  # 'n/a (text only)'
#: A year and month written like a decimal ('2025.04'): a date, not a score.
_YEAR_MONTH = re.compile(r"(?:19|20)\d\d\.\d\d?")
#: Column (or, transposed, row) labels whose numbers are not performance: sizes, prices,
#: dates, architecture, speed, popularity and margins.
_NOT_BENCHMARK = re.compile(
    r"param|파라미터|매개\s?변수|크기|\bsize\b|규모|\bactive\b|활성|\((?:[BMKT]|억|조|십억)\)"
    r"|price|pricing|cost|가격|요금|비용|단가|\$|₩|￦|달러|\busd\b|\bkrw\b|\(원\)"
    r"|\blayers?\b|레이어|\bheads?\b|hidden|vocab|어휘|embedding|임베딩|^(?:#\s*)?experts?$"
    r"|context\s*(?:length|window|size)|^context$|컨텍스트|문맥\s?길이|길이|\blength\b|tokens?\b|토큰"
    r"|release|출시|공개일|공개\s?시점|\bdate\b|날짜|일자|\byears?\b|연도|년도"
    r"|licen[cs]e|라이[선센]스|developer|개발사|개발\s?기관|company|회사|국가|country"
    r"|\bgpus?\b|latency|지연|속도|speed|throughput|처리량|memory|메모리|vram"
    r"|download|다운로드|\blikes\b|좋아요|투자|매출|revenue|예산|budget|지원금|사용자\s?수"
    r"|Δ|\bdiff|차이|\bgain\b|향상|개선|증감|버전|\bversion|비고|(?<![\w-])notes?\b",
    re.I,
)
_PERCENT_LABEL = re.compile(r"\(\s*(?:%|％)\s*\)|[%％]\s*$")
_RANK_LABEL = re.compile(r"순위|등수|\brank(?:ing)?\b|\bplace\b", re.I)
#: A unit in brackets after a label ('KMMLU (%)') is not part of the benchmark's name.
_UNIT_SUFFIX = re.compile(r"\s*\(\s*(?:%|％|점|점수|score|pts?|points?)\s*\)\s*$", re.I)


@dataclass(slots=True)
class Table:
    """The cells of one table, as content spans (noise stripped) into the body."""

    header: list[Span]
    rows: list[list[Span]]  # data rows of the header's width
    lines: list[Span]  # every line of the block the table was read from
    spaced: bool = False  # cells told apart by single spaces: a head cell holds more than a name

    def column_head(self, body: str, offset: int) -> str | None:
        """The header of the column whose cell holds `offset` ('Active parameters')."""
        if not self.lines[0][0] <= offset < self.lines[-1][1]:
            return None
        for row in self.rows:
            for (start, end), head in zip(row, self.header, strict=True):
                if start <= offset < end:
                    return body[head[0]:head[1]]
        return None


@dataclass(slots=True)
class _Series:
    """One row (or, transposed, one column): its head, its subject and its cells."""

    head: Span
    subject: Mention | None
    cells: list[tuple[Span, Span]]  # (label, value) in reading order
    numeric: bool = False  # mostly numbers


def find_table_claims(ctx: ArticleContext) -> tuple[list[ClaimFact], set[int]]:
    """The claims of every results table, and the starts of the numbers in those tables,
    which the sentence reader must not read again."""
    claims: list[ClaimFact] = []
    consumed: set[int] = set()
    body = ctx.body
    for table in ctx.tables:
        series = _read(body, table, ctx.mentions_between)
        if series is None:
            continue
        for line_start, line_end in table.lines:
            consumed.update(q.start for q in ctx.quantities_between(line_start, line_end))
        for one in series:
            if one.subject is None or not one.numeric:
                continue
            for label, value in one.cells:
                match = _NUMBER_CELL.fullmatch(body, *value)
                if match is None or _YEAR_MONTH.fullmatch(match.group("number")):
                    continue
                if match.group("unit") in _ORDINAL_ENDINGS and not _RANK_LABEL.search(body, *label):
                    continue  # '3rd' under 'Floor' or 'Round' is no place in a test
                model = one.subject if one.subject.kind == "model" else None
                team = one.subject if one.subject.kind == "team" else None
                benchmark = _benchmark(body, label)
                place = match.group("place")
                figure = (match.start(), match.end("unit") if match.group("unit") else match.end("number"))
                claims.append(ClaimFact(_value(match.group("number")),
                                        _unit(match.group("unit"), body[slice(*label)]),
                                        model, team, None, benchmark, [figure if place else value], in_table=True))
                if place:
                    claims.append(ClaimFact(int(_PLACE_NUMBER.match(place).group()), "rank",
                                            model, team, None, benchmark,
                                            [(match.start("place"), match.end("place"))], in_table=True))
    claims.sort(key=lambda c: c.spans[0])
    return claims, consumed


def unnamed_heads(body: str, tables: Sequence[Table], mentions: list[Mention]) -> list[Span]:
    """Heads of the rows (or columns) of results tables that name no known model or team:
    '솔빛-2 14B' in a table beside '큐웬3 32B'. Discovery decides whether they are names."""
    if not tables:
        return []
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]

    def mentions_in(s: int, e: int) -> list[Mention]:
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        return [m for m in ordered[lo:hi] if m.end <= e]

    heads = []
    for table in tables:
        if table.spaced:
            continue  # '배키 프로 NC AI 2030억/180억': more than a name, no head to discover
        for one in _read(body, table, mentions_in) or []:
            if one.numeric and one.subject is None and not mentions_in(*one.head):
                heads.append(one.head)
    return heads


def find_tables(body: str, start: int, end: int) -> list[Table]:
    """Tables of cells between pipes, then tables of cells aligned by runs of spaces, then
    tables whose rows end in a result after a single space."""
    return (_pipe_tables(body, start, end) + _aligned_tables(body, start, end)
            + _spaced_tables(body, start, end))


#: A row flattened to single spaces that ends in a result: '4 K-엑사원 울트라 LG AI연구원(한국)
#: 5120억/410억 83.8', 'Tri-70B 700억 70.9'. A place may open it; no pipe, tab or run of spaces.
_SPACED_ROW = re.compile(
    r"^(?:(?P<place>\d{1,3})\.?[ ])?(?P<head>[^\s|\t](?:[^|\t\n]{0,200}?[^\s|\t])?)[ ]"
    r"(?P<result>\d{1,3}(?:\.\d{1,2})?[ ]?(?:%|％|점)?)[ ]?$", re.M)
#: Its header: a few words, no figure at the end, the result's label last ('순위 모델명
#: 개발사(국가) 매개변수(전체/활성) 평균 점수', 'Rank Model Developer KMMLU').
_SPACED_HEADER = re.compile(r"[^\s|\t.?!。](?:[^|\t\n.?!。]{4,118})[^\s|\t\d.?!。다요]")
#: What a result column of such a table is headed: a score, right answers, an average.
_SPACED_RESULT_LABEL = re.compile(r"점수|정답|정확|성적|지수|총점|득점|평균|score|accuracy|result|average", re.I)
#: The result's label: the words after the last bracket, else the last word.
_LAST_LABEL = re.compile(r"(?:\)\s*([^()\s][^()]*)|\s([^()\s]+))$")


def _spaced_tables(body: str, start: int, end: int) -> list[Table]:
    """Blocks of two or more lines that each end in a result after a single space, under a
    header line of three words or more: a results table as some crawls flatten it, every
    cell run into the next. The head cell is all before the result (and after the place, if
    the header opens with one); `_read` keeps only blocks whose rows name models."""
    rows = [m for m in _SPACED_ROW.finditer(body, start, end) if "  " not in m.group()]
    tables, block = [], []
    for row in rows + [None]:
        if row is not None and block and body.count("\n", block[-1].end(), row.start()) == 1:
            block.append(row)
            continue
        if len(block) >= 2:
            table = _spaced_table(body, block)
            if table is not None:
                tables.append(table)
        block = [row] if row is not None else []
    return tables


def _spaced_table(body: str, block: list[re.Match]) -> Table | None:
    line_end = block[0].start() - 1
    line_start = body.rfind("\n", 0, max(line_end, 0)) + 1
    if line_end <= line_start:
        return None
    header = _strip(body, line_start, line_end)
    if not _SPACED_HEADER.fullmatch(body, *header) or len(body[slice(*header)].split()) < 3:
        return None
    label = _LAST_LABEL.search(body, *header)
    if label is None:
        return None
    label_span = label.span(1) if label.group(1) else label.span(2)
    label_text = body[slice(*label_span)].strip()
    if _NOT_BENCHMARK.search(label_text) or not (
            _SPACED_RESULT_LABEL.search(label_text) or benchmark_names().is_benchmark(label_text)):
        return None  # 'ms', 'MAU', '별점', '비중': only a score or a named test is read
    places = all(m.group("place") for m in block)
    if places:
        first_word = body.find(" ", *header)
        head = [(header[0], first_word), _strip(body, first_word, label_span[0]), label_span]
        rows = [[m.span("place"), m.span("head"), m.span("result")] for m in block]
    else:
        head = [_strip(body, header[0], label_span[0]), label_span]
        rows = [[(m.start(), m.end("head")), m.span("result")] for m in block]
    lines = [header] + [m.span() for m in block]
    return Table(head, rows[:MAX_ROWS], lines, spaced=True)


#: What parts the cells of a row aligned by spaces ('Model  Total / active  KMMLU'): two
#: spaces or more, or a tab.
_CELL_GAP = re.compile(r" {2,}|\t+")
_ALIGNED_LINE_MAX = 300  # characters; a longer line is prose, not a row


def _aligned_tables(body: str, start: int, end: int) -> list[Table]:
    """Blocks of three or more lines in a row that each split into the same number (three
    or more) of cells at runs of spaces or tabs: a results table as a crawl flattens it
    ('Solar Open 1T  1.04T / 40B  83.4  92.0  70.5'). Only lines holding such a run are
    looked at; `_read` later keeps only blocks whose rows name models and hold numbers."""
    if body.find("  ", start, end) < 0 and body.find("\t", start, end) < 0:
        return []
    tables = []
    block: list[tuple[Span, list[Span]]] = []
    position = start
    while position < end:
        line_end = body.find("\n", position, end)
        line_end = end if line_end < 0 else line_end
        cells = _aligned_cells(body, position, line_end)
        if cells is not None and (not block or len(cells) == len(block[0][1])):
            block.append(((position, line_end), cells))
        else:
            tables.extend(_aligned_block(block))
            block = [((position, line_end), cells)] if cells is not None else []
        position = line_end + 1
    tables.extend(_aligned_block(block))
    return tables


def _aligned_cells(body: str, start: int, end: int) -> list[Span] | None:
    if end - start > _ALIGNED_LINE_MAX or not _CELL_GAP.search(body, start, end):
        return None
    line_start, line_end = _strip(body, start, end)
    bounds = [(gap.start(), gap.end()) for gap in _CELL_GAP.finditer(body, line_start, line_end)]
    if not 2 <= len(bounds) < MAX_CELLS:
        return None
    edges = [line_start] + [x for gap in bounds for x in gap] + [line_end]
    return [_strip(body, edges[i], edges[i + 1]) for i in range(0, len(edges), 2)]


def _aligned_block(block: list[tuple[Span, list[Span]]]) -> list[Table]:
    if len(block) < 3:
        return []
    table = _table(block[0][1], [cells for _, cells in block[1:MAX_ROWS + 1]], [line for line, _ in block])
    return [table] if table is not None else []


def _pipe_tables(body: str, start: int, end: int) -> list[Table]:
    """Blocks of lines with pipes in body[start:end] that have a header and two rows of
    its width. Only lines holding a pipe are looked at, once each."""
    if body.count("|", start, end) < 3:
        return []
    lines = _pipe_lines(body, start, end)
    if len(lines) < 3:
        return []
    tables = []
    block: list[Span] = []
    for line in lines:
        if block and not body[block[-1][1]:line[0]].isspace():
            tables.extend(_tables_in(body, block))
            block = []
        block.append(line)
    tables.extend(_tables_in(body, block))
    return tables


def _pipe_lines(body: str, start: int, end: int) -> list[Span]:
    """(start, end) of every line with a pipe and few enough cells to be a table row."""
    lines = []
    position = start
    while True:
        bar = body.find("|", position, end)
        if bar < 0:
            return lines
        newline = body.rfind("\n", position, bar)
        line_start = position if newline < 0 else newline + 1
        line_end = body.find("\n", bar, end)
        line_end = end if line_end < 0 else line_end
        if body.count("|", bar, line_end) <= MAX_CELLS:
            lines.append((line_start, line_end))
        position = line_end + 1


def _cells(body: str, line: Span) -> list[Span]:
    """The content spans of a line's cells; outer pipes ('| a | b |') make no cells."""
    start, end = line
    bounds = [start - 1]
    position = body.find("|", start, end)
    while position >= 0:
        bounds.append(position)
        position = body.find("|", position + 1, end)
    bounds.append(end)
    cells = [_strip(body, bounds[i] + 1, bounds[i + 1]) for i in range(len(bounds) - 1)]
    if cells and cells[0][0] == cells[0][1] and not body[start:bounds[1]].strip(" \t"):
        cells.pop(0)
    if cells and cells[-1][0] == cells[-1][1] and not body[bounds[-2] + 1:end].strip(" \t\r"):
        cells.pop()
    return cells


def _strip(body: str, start: int, end: int) -> Span:
    while start < end and body[start] in _NOISE:
        start += 1
    while end > start and body[end - 1] in _NOISE_END:
        end -= 1
    return start, end


def _tables_in(body: str, block: list[Span]) -> list[Table]:
    """The tables of one block of pipe lines: a header, then rows of its width. A line
    above a markdown separator starts a new table, and so does a line of another width
    after a blank line."""
    rows = [_cells(body, line) for line in block]
    separators = [bool(cells) and all(_SEPARATOR_CELL.fullmatch(body, *c) for c in cells)
                  for cells in rows]
    tables = []
    header: list[Span] | None = None
    data: list[list[Span]] = []
    first = 0
    for i, cells in enumerate(rows):
        if separators[i]:
            continue
        starts_table = (header is None or (i + 1 < len(rows) and separators[i + 1])
                        or len(cells) != len(header)
                        and body.count("\n", block[i - 1][1], block[i][0]) > 1)
        if header is not None and all(s == e for s, e in header) and not data:
            starts_table = True  # an empty header row: the real header comes next
        if starts_table:
            if header is not None:
                tables.append(_table(header, data, block[first:i]))
            header, data, first = cells, [], i
        elif len(cells) == len(header) and len(data) < MAX_ROWS:
            data.append(cells)
    if header is not None:
        tables.append(_table(header, data, block[first:]))
    return [t for t in tables if t is not None]


def _table(header: list[Span], data: list[list[Span]], lines: list[Span]) -> Table | None:
    if len(header) < 2 or len(data) < 2:
        return None
    return Table(header, data, lines)


def _read(body: str, table: Table, mentions_in: MentionsIn) -> list[_Series] | None:
    """The table as series of one subject each, or None when it is not a results table.

    The axis with more model names is the subjects' axis: the rows' heads, or the header
    (a transposed table). Labels that are not benchmarks are dropped with their cells."""
    first = _first_column(body, table)
    if first == "places":  # the places belong to the names in the column after them
        j = _models_column(table, mentions_in, start=1)  # '순위 | 팀 | 모델 | 점수': the third
        rows = [[row[j], row[0], *row[j + 1:]] for row in table.rows]
        header = [table.header[j], table.header[0], *table.header[j + 1:]]
    elif first == "row numbers":  # they number the rows and say nothing
        rows, header = [row[1:] for row in table.rows], table.header[1:]
    else:
        # 'Bidder | Proposed model | Accuracy': the subjects are the models of the second
        # column; the bidders before it are left out
        models = _models_column(table, mentions_in, start=0)
        long_form = _one_result_a_row(body, table, models, mentions_in)
        if long_form is not None:
            return long_form
        rows, header = [row[models:] for row in table.rows], table.header[models:]
    row_subjects = [_subject(mentions_in(*row[0]), row[0][0]) for row in rows]
    head_subjects = [_subject(mentions_in(*cell), cell[0]) for cell in table.header[1:]]
    by_rows = sum(1 for m in row_subjects if m is not None and m.kind == "model")
    by_columns = sum(1 for m in head_subjects if m is not None and m.kind == "model")
    if by_rows == by_columns == 0:
        return None
    if by_rows >= by_columns:
        if sum(1 for cell in header[1:] if _NUMBER_CELL.fullmatch(body, *cell)) * 2 \
                >= len(header) - 1:
            return None  # the first row is numbers: there is no header
        labels = header[1:]
        series = [_Series(row[0], subject, list(zip(labels, row[1:], strict=True)))
                  for row, subject in zip(rows, row_subjects, strict=True)]
    else:
        series = [_Series(head, subject, [(row[0], row[j]) for row in table.rows])
                  for j, (head, subject) in enumerate(zip(table.header[1:], head_subjects,
                                                          strict=True), start=1)]
    dropped = _not_benchmark_labels(body, series)
    for one in series:
        one.cells = [(label, value) for label, value in one.cells if label not in dropped]
        numbers = sum(1 for _, value in one.cells if _NUMBER_CELL.fullmatch(body, *value))
        missing = sum(1 for _, value in one.cells if _MISSING_CELL.fullmatch(body, *value))
        one.numeric = numbers >= 1 and numbers + missing > len(one.cells) - numbers - missing
    if not any(one.numeric and one.subject is not None and one.subject.kind == "model"
               for one in series):
        return None
    return series


#: The head of a column that holds each row's one result: 'Result', 'Score', '결과'.
_RESULT_HEAD = re.compile(r"results?|scores?|values?|결과|점수|수치|성적", re.I)


def _one_result_a_row(body: str, table: Table, models: int,
                      mentions_in: MentionsIn) -> list[_Series] | None:
    """'Service | Engine | Measure | Result' over 'Live captions | X | error rate | 2.6%': one
    result a row, of the model in the names' column (`models`), on the test the first
    column names."""
    results = [j for j, cell in enumerate(table.header) if _RESULT_HEAD.fullmatch(body, *cell)]
    if models == 0 or len(results) != 1 or results[0] <= models:
        return None
    j = results[0]
    others = [k for k in range(len(table.header)) if k not in (models, j)]
    if any(_NUMBER_CELL.fullmatch(body, *row[k]) for row in table.rows for k in others):
        return None  # 'Model | MMLU | KMMLU | Score': every number column is a test's
    series = []
    for row in table.rows:
        subject = _subject(mentions_in(*row[models]), row[models][0])
        one = _Series(row[models], subject, [(row[0], row[j])])
        one.numeric = _NUMBER_CELL.fullmatch(body, *row[j]) is not None
        series.append(one)
    dropped = _not_benchmark_labels(body, series)
    series = [one for one in series if not any(label in dropped for label, _ in one.cells)]
    if not any(one.numeric and one.subject is not None and one.subject.kind == "model" for one in series):
        return None
    return series


def _models_column(table: Table, mentions_in: MentionsIn, start: int) -> int:
    """Of the first columns from `start`, the one whose cells name the most models (at
    least half the rows), else `start`."""
    def models_in(j: int) -> int:
        return sum(1 for row in table.rows
                   if (m := _subject(mentions_in(*row[j]), row[j][0])) is not None and m.kind == "model")

    counts = {j: models_in(j) for j in range(start, min(start + 3, len(table.header)))}
    if counts[start] * 2 >= len(table.rows):
        return start  # 'Model | Built on | KMMLU': the first column names the subjects
    best = max(counts, key=lambda j: (counts[j], -j))
    return best if counts[best] * 2 >= len(table.rows) else start


_UNRANKED = frozenset(("–", "-", "—", "n/a", "N/A"))
#: A first column of places ('Rank', '순위'), or of row numbers ('#', 'No.', nothing).
_RANK_COLUMN = re.compile(r"순위|등수|rank(?:ing)?", re.I)
_NUMBER_COLUMN = re.compile(r"#|no\.?|번호|연번|", re.I)


def _first_column(body: str, table: Table) -> str | None:
    """'places' when the first column ranks the names in the second ('Rank | Model | Score'
    over '1 | Gemini 3.5 Pro | 84.9'), 'row numbers' when it only numbers them ('# | 모델'),
    else None."""
    if len(table.header) < 3:
        return None
    places = [body[slice(*row[0])].rstrip(".위").strip() for row in table.rows]
    # '– | GPT-5 (outside reference, not ranked)': a row left out of the places
    if not all(place.isdigit() or place in _UNRANKED for place in places):
        return None
    numbers = [int(place) for place in places if place.isdigit()]  # ties repeat a place; an excerpt skips some
    if len(numbers) < 2:
        return None
    if not all(a <= b for a, b in zip(numbers, numbers[1:], strict=False)):
        return None
    if _RANK_COLUMN.fullmatch(body, *table.header[0]):
        return "places"
    return "row numbers" if _NUMBER_COLUMN.fullmatch(body, *table.header[0]) else None


def _not_benchmark_labels(body: str, series: list[_Series]) -> set[Span]:
    """Labels of sizes, prices, dates and the like, empty labels, labels whose every
    number is a year ('2024', '2025') and labels with words in every cell ('FP8', '128K':
    a description of the model, not a result)."""
    dropped: set[Span] = set()
    years: dict[Span, bool] = {}
    words: dict[Span, bool] = {}
    for one in series:
        for label, value in one.cells:
            not_one = _NOT_BENCHMARK.search(body, *label)
            if label[0] == label[1] or not_one is not None and not (
                    _named_test(body, label)
                    or not_one.group().lower() in _NEUTRAL_WORDS and _SCALE_NOTE.search(body, *label)
                    or _GRADED_RIGHT.search(body, *label)):  # 'Right size': a share of sizes got right
                dropped.add(label)
                continue
            match = _NUMBER_CELL.fullmatch(body, *value)
            words[label] = words.get(label, True) and match is None and _MISSING_CELL.fullmatch(
                body, *value) is None
            if match is not None:
                number = match.group("number")
                year = len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2100
                years[label] = years.get(label, True) and year
    dropped.update(label for label, all_years in years.items() if all_years)
    dropped.update(label for label, all_words in words.items() if all_words)
    return dropped


#: A label that grades answers as right, whatever they are about: 'Right size', '사이즈 정확도'.
_GRADED_RIGHT = re.compile(r"\b(?:right|correct|accurate|accuracy)\b|정확도|정답률|적중률", re.I)
#: Words that say nothing of what a column measures when a rating scale follows ('English
#: version (1–5)'); a price, a memory or a year stays no result, whatever its scale.
_NEUTRAL_WORDS = frozenset(("version", "버전", "note", "notes", "비고"))
#: A rating scale in brackets ending a label: 'English version (1–5)', '(out of 10)', '(5점 만점)':
#: the column holds ratings, whatever the words before say.
_SCALE_NOTE = re.compile(r"\(\s*(?:[01]\s*[-–~∼]\s*(?:5|7|10|100)|out\s+of\s+(?:5|7|10|100)|(?:5|7|10|100)\s*점\s*만점)\s*\)\s*$", re.I)
#: A note in brackets after a label: 'KMMLU (developer-reported)'.
_LABEL_NOTE = re.compile(r"\s*\([^()]*\)\s*$")


def _named_test(body: str, label: Span) -> bool:
    """'KMMLU (developer-reported)': a known test's name before a note in brackets, whatever
    the note's words say."""
    note = _LABEL_NOTE.search(body, *label)
    return note is not None and benchmark_names().is_benchmark(body[label[0]:note.start()].strip())


def _subject(mentions: list[Mention], content_start: int) -> Mention | None:
    """The model a head cell names ('업스테이지 솔라 오픈 100B' names the model), else
    its one team; None when the cell names several models or starts with something else
    ('평균 (큐웬3 제외)')."""
    named = [m for m in mentions if m.kind in ("model", "team")]
    if not named or named[0].start != content_start:
        return None
    models = [m for m in named if m.kind == "model"]
    if len(models) > 1 or any(m.role == "product" for m in models):
        return None
    if models:
        return models[0]
    return named[0] if len(named) == 1 else None


def _value(number: str) -> int | float:
    """The number as written: '88.0' stays a decimal, '1,285' is 1285."""
    number = number.replace(",", "")
    return float(number) if "." in number else int(number)


def _unit(written: str | None, label: str) -> str:
    written = (written or "").strip().lower()
    if written in ("%", "％") or not written and _PERCENT_LABEL.search(label):
        return "%"
    if written in ("위", "st", "nd", "rd", "th") or not written and _RANK_LABEL.search(label):
        return "rank"
    return "score"


def _benchmark(body: str, label: Span) -> str | None:
    text = " ".join(body[slice(*label)].split())
    return _UNIT_SUFFIX.sub("", text) or None
