#!/usr/bin/env python3
"""The six test plans of other series, ministries and layouts than the seeds, written as data.

Each plan's parts are the figures chosen for it; every printed total (소계, 합계, 증감, 증감률) is computed
here while the plan is written, so the arithmetic is exact. Writes, per plan, the structured HTML (ruled and
unruled; the source of the DOCX, PDF, HWP and HWPX renderings) and its truth
(<stem>.lines.tsv, .totals.tsv, .facts.tsv, FACT-CONTRACT.md).

usage: plans.py PLAN_DIR UNRULED_DIR TRUTH_DIR [STEM ...]
"""
import os
import sys

from planlib import (Cell, D, FACT_COLUMNS, LINE_COLUMNS, Plan, TOTAL_COLUMNS, Table, diff, distinct_totals, fmt,
                     num, rate, write_tsv)

H = lambda text, colspan=1, rowspan=1: Cell(text, rowspan, colspan, head=True)  # noqa: E731


def strategy_projects(caption, unit, groups, years, decimals=0, widths=None):
    """전략 | 사업명 | 부처 | 신규/계속 | <year a> | <year b> | 증감 | 증감률(%): the strategy cell merged down over
    its projects and its 소계 row; 합 계 closes the table. groups: (label, code, area, projects), a project
    (name, ministry as printed, ministry, status, a, b) with a None for a year it has no budget."""
    (ya, la, ma), (yb, lb, mb) = years
    t = Table(caption, widths)
    t.head.append([H("전략"), H("사업명"), H("부처"), H("신규/계속"), H(la), H(lb), H("증감"), H("증감률(%)")])
    grand = [D(0), D(0)]
    for label, code, area, projects in groups:
        sub = [D(0), D(0)]
        for i, (name, printed, ministry, status, a, b) in enumerate(projects):
            row = [Cell(label, rowspan=len(projects) + 1)] if i == 0 else []
            row += [Cell(name), Cell(printed), Cell(status), num(a, decimals) if a is not None else Cell("-", num=True),
                    num(b, decimals), num(diff(a, b), decimals), Cell(rate(a, b), num=True)]
            t.body.append(row)
            is_new = "true" if status == "신규" else "false"
            for year, col, measure, v in ((ya, la, ma, a), (yb, lb, mb, b)):
                if v is None:
                    continue
                t.fact([label, name], [col], year, measure, v, unit, False)
                t.line(name, ministry, year, measure, v, unit, is_new, code, area)
            sub[0] += D(a or 0)
            sub[1] += D(b)
        t.body.append([Cell("소계"), Cell(""), Cell(""), num(sub[0], decimals), num(sub[1], decimals),
                       num(sub[1] - sub[0], decimals), Cell(rate(sub[0], sub[1]), num=True)])
        for year, col, measure, v in ((ya, la, ma, sub[0]), (yb, lb, mb, sub[1])):
            t.fact([label, "소계"], [col], year, measure, v, unit, True)
            t.total("goal", code, "", year, measure, v, unit)
        grand[0] += sub[0]
        grand[1] += sub[1]
    t.body.append([Cell("합 계", colspan=4), num(grand[0], decimals), num(grand[1], decimals),
                   num(grand[1] - grand[0], decimals), Cell(rate(grand[0], grand[1]), num=True)])
    for year, col, measure, v in ((ya, la, ma, grand[0]), (yb, lb, mb, grand[1])):
        t.fact(["합 계"], [col], year, measure, v, unit, True)
        t.total("grand", "", "", year, measure, v, unit)
    return t


def area_totals(caption, unit, first_header, areas, years, decimals=0, with_rate=True, widths=None):
    """<area> | <year a> | <year b> | 증감 [| 증감률(%)], one row per strategy/area, 합 계 last.
    areas: (label, code, a, b)."""
    (ya, la, ma), (yb, lb, mb) = years
    t = Table(caption, widths)
    t.head.append([H(first_header), H(la), H(lb), H("증감")] + ([H("증감률(%)")] if with_rate else []))
    sums = [D(0), D(0)]
    for label, code, a, b in areas + [("합 계", None, None, None)]:
        if code is None:
            a, b = sums
        else:
            sums[0] += D(a)
            sums[1] += D(b)
        t.body.append([Cell(label), num(a, decimals), num(b, decimals), num(D(b) - D(a), decimals)]
                      + ([Cell(rate(a, b), num=True)] if with_rate else []))
        for year, col, measure, v in ((ya, la, ma, a), (yb, lb, mb, b)):
            t.fact([label], [col], year, measure, v, unit, code is None)
            t.total("grand" if code is None else "goal", code or "", "", year, measure, v, unit)
    return t


# ---------------------------------------------------------------- plan 101: 과학기술 시행계획 2024
def plan_101():
    p = Plan("101_sti_implementation_2024", ["제5차 과학기술기본계획", "2024년도 시행계획"], "2024. 6.", "관계부처 합동")
    groups = [
        ("전략1 초격차 전략기술 육성", "1", "초격차 전략기술 육성", [
            ("반도체 첨단패키징 핵심기술개발", "산업통상자원부", "산업통상자원부", "계속", 820, 1045),
            ("차세대 인공지능 반도체 원천기술 개발", "과학기술정보통신부", "과학기술정보통신부", "계속", 1230, 1410),
            ("양자컴퓨팅 플랫폼 구축", "과학기술정보통신부", "과학기술정보통신부", "신규", None, 385)]),
        ("전략2 우주항공·해양 신산업 창출", "2", "우주항공·해양 신산업 창출", [
            ("한국형 발사체 고도화 및 차세대 우주수송 역량 확보 사업", "우주항공청", "우주항공청", "계속", 1520, 1384),
            ("초소형 위성 군집시스템 개발", "우주항공청", "우주항공청", "계속", 410, 466),
            ("해양 무인이동체 핵심기술 개발", "해양수산부", "해양수산부", "계속", 265, 240)]),
        ("전략3 과학기술 인재 양성", "3", "과학기술 인재 양성", [
            ("이공계 대학원 연구장학 지원", "교육부", "교육부", "계속", 640, 702),
            ("신진연구자 도약연구 지원", "과학기술정보통신부", "과학기술정보통신부", "계속", 1115, 1180),
            ("디지털 첨단분야 혁신융합대학", "교육부", "교육부", "신규", None, 210)]),
        ("전략4 탄소중립 기술혁신", "4", "탄소중립 기술혁신", [
            ("탄소포집·활용·저장(CCUS) 실증", "산업통상자원부", "산업통상자원부", "계속", 530, 498),
            ("청정수소 생산 핵심기술 개발", "과학기술정보통신부", "과학기술정보통신부", "계속", 310, 356),
            ("기후위기 대응 환경기술 개발", "환경부", "환경부", "계속", 425, 451)]),
        ("전략5 지역 과학기술 혁신", "5", "지역 과학기술 혁신", [
            ("지역혁신 선도연구센터", "과학기술정보통신부", "과학기술정보통신부", "계속", 350, 365),
            ("지역 중소기업 R&D 역량강화", "중소벤처기업부", "중소벤처기업부", "계속", 290, 281)]),
    ]
    years = ((2023, "2023년 예산", "plan"), (2024, "2024년 예산(안)", "plan"))
    sums = [(label, code, sum(D(x[4] or 0) for x in projects), sum(D(x[5]) for x in projects))
            for label, code, _, projects in groups]
    total23 = sum(s[2] for s in sums)
    total24 = sum(s[3] for s in sums)

    p.h1("Ⅰ.", "수립 개요")
    p.h2("1.", "추진 근거")
    p.p("□ 「과학기술기본법」 제7조 및 같은 법 시행령 제3조에 따라 과학기술기본계획의 연도별 시행계획을 수립·시행")
    p.p("○ 관계 중앙행정기관의 장은 소관 분야의 시행계획을 수립하고, 국가과학기술자문회의 심의를 거쳐 확정", 1)
    p.h2("2.", "2024년도 시행계획의 주요 내용")
    p.p("□ 5대 전략, 14개 중점과제를 중심으로 관계부처의 연구개발 투자를 종합")
    p.p("○ 2024년도 투자 규모는 총 %s억원으로 전년 대비 %s억원 증가" % (fmt(total24), fmt(total24 - total23)), 1)
    p.p("○ 2024년 5월 개청한 우주항공청이 우주수송·위성 분야 사업을 이관받아 추진", 1)
    p.p("- 발사체 고도화 등 일부 사업은 목표 조정에 따라 전년 대비 감액 편성", 2)
    p.h1("Ⅱ.", "전략별 투자계획")
    p.p("□ 전략별로는 초격차 전략기술 육성(전략1)의 투자가 가장 크게 늘고, 우주항공·해양 분야(전략2)는 소폭 감소")
    p.caption("< 전략별 투자 현황 >")
    p.unit("(단위 : 억원)")
    p.table(area_totals("< 전략별 투자 현황 >", "억원", "전략", [(s[0], s[1], s[2], s[3]) for s in sums], years,
                        widths=[34, 14, 16, 12, 12]))
    p.h1("Ⅲ.", "전략별 세부사업 투자계획")
    p.p("□ 전략별 세부사업의 2023년 예산과 2024년 예산(안)은 다음과 같음")
    p.p("○ 신규 사업은 2023년 예산이 없어 증감률을 '순증'으로 표기", 1)
    p.caption("< 전략별 세부사업 투자계획 >")
    p.unit("(단위 : 억원)")
    p.table(strategy_projects("< 전략별 세부사업 투자계획 >", "억원", groups, years,
                              widths=[16, 30, 13, 9, 11, 12, 9, 10]))
    p.h1("Ⅳ.", "추진체계")
    p.p("□ 국가과학기술자문회의 운영위원회에서 시행계획의 추진실적을 점검하고, 그 결과를 차년도 예산 배분·조정에 반영")
    p.p("○ 부처별 추진실적은 매년 2월 말까지 제출", 1)
    return p


# ---------------------------------------------------------------- plan 102: 중소벤처기업부 업무계획 2025
def plan_102():
    p = Plan("102_mss_work_plan_2025", ["2025년 중소벤처기업부 업무계획"], "2025. 1.", "중소벤처기업부")
    programs = [
        ("창업벤처생태계 조성", [
            ("창업지원", [("창업성공패키지", "1020.5", "1085.0"), ("초기창업패키지", "735.2", "690.4"),
                          ("재도전성공패키지", "142.0", "160.8")]),
            ("벤처투자", [("모태펀드 출자", "5200.0", "5840.0")])]),
        ("중소기업 혁신성장 지원", [
            ("기술개발", [("중소기업 기술혁신개발", "5780.3", "5930.1"), ("창업성장기술개발", "4830.6", "4475.2"),
                          ("중소기업 상용화기술개발", "1180.0", "1210.5")]),
            ("스마트제조", [("스마트공장 보급확산", "2090.4", "1870.9")])]),
        ("소상공인 경영안정", [
            ("소상공인 지원", [("소상공인 역량강화", "1560.7", "1610.0"), ("전통시장 활성화", "2930.1", "3015.6")])]),
    ]
    caption = "< 2025년 세부사업별 예산 > (단위 : 억원)"
    t = Table(caption, [18, 14, 26, 14, 15, 12])
    t.head.append([H("프로그램"), H("단위사업"), H("세부사업"), H("2024년 예산"), H("2025년 예산(안)"), H("증감")])
    grand = [D(0), D(0)]
    ministry = "중소벤처기업부"
    for prog, units in programs:
        prog_rows = sum(len(items) for _, items in units)
        first_prog = True
        for unit_name, items in units:
            for i, (name, a, b) in enumerate(items):
                row = []
                if first_prog:
                    row.append(Cell(prog, rowspan=prog_rows))
                    first_prog = False
                if i == 0:
                    row.append(Cell(unit_name, rowspan=len(items)))
                row += [Cell(name), num(a, 1), num(b, 1), num(D(b) - D(a), 1)]
                t.body.append(row)
                for year, col, v in ((2024, "2024년 예산", a), (2025, "2025년 예산(안)", b)):
                    t.fact([prog, unit_name, name], [col], year, "plan", v, "억원", False)
                    t.line(name, ministry, year, "plan", v, "억원")
                grand[0] += D(a)
                grand[1] += D(b)
    t.body.append([Cell("합계", colspan=3), num(grand[0], 1), num(grand[1], 1), num(grand[1] - grand[0], 1)])
    for year, col, v in ((2024, "2024년 예산", grand[0]), (2025, "2025년 예산(안)", grand[1])):
        t.fact(["합계"], [col], year, "plan", v, "억원", True)
        t.total("grand", "", "", year, "plan", v, "억원")

    p.h1("Ⅰ.", "2024년 주요 성과")
    p.p("□ 창업·벤처 생태계의 회복 기반 마련")
    p.p("○ 모태펀드 출자를 통해 벤처펀드 결성을 지원하고, 초기 창업기업의 투자 유치를 확대", 1)
    p.p("□ 중소기업 기술혁신 역량 강화")
    p.p("○ 중소기업 기술개발 지원 체계를 성과 중심으로 개편하고, 스마트공장 고도화를 지원", 1)
    p.h1("Ⅱ.", "2025년 추진과제")
    p.h2("1.", "창업·벤처 생태계 고도화")
    p.p("○ 창업성공패키지 지원 규모를 확대하고, 재도전 기업의 재창업을 지원", 1)
    p.h2("2.", "중소기업 혁신성장 지원")
    p.p("○ 유망 중소기업의 기술개발부터 상용화까지 단계별로 지원", 1)
    p.p("- 스마트공장 보급은 고도화 중심으로 전환하여 예산을 조정", 2)
    p.h2("3.", "소상공인·전통시장 경영안정")
    p.p("○ 소상공인 역량강화와 전통시장 활성화를 병행 추진", 1)
    p.h1("Ⅲ.", "2025년 예산")
    p.p("□ 2025년 세부사업 예산(안)은 총 %s억원으로 2024년 대비 %s억원 증가" % (fmt(grand[1], 1),
                                                                    fmt(grand[1] - grand[0], 1)))
    p.caption(caption)
    p.table(t)
    p.h1("Ⅳ.", "주요 추진일정")
    sched = Table("< 주요 추진일정 >", [40, 20, 20])
    sched.head.append([H("추진과제"), H("추진시기"), H("담당부서")])
    for row in (("창업성공패키지 참여기업 모집", "'25. 2월", "창업정책관"), ("모태펀드 정시 출자사업 공고", "'25. 1분기", "벤처정책관"),
                ("전통시장 활성화 지원사업 선정", "'25. 3월", "소상공인정책관")):
        sched.body.append([Cell(x) for x in row])
    p.caption("< 주요 추진일정 >")
    p.table(sched)
    return p


# ---------------------------------------------------------------- plan 103: 연도별 투자계획 '25–'29
def plan_103():
    p = Plan("103_smart_city_2025_2029", ["제2차 스마트도시 종합계획", "(2025~2029)"], "2024. 12.", "국토교통부")
    years = [2025, 2026, 2027, 2028, 2029]
    labels = ["'25", "'26", "'27", "'28", "'29"]
    projects = [
        ("스마트도시 데이터허브 고도화", [120, 150, 180, 160, 140]),
        ("스마트도시 국가시범도시 조성", [850, 920, 980, 760, 540]),
        ("스마트 챌린지 사업", [210, 230, 250, 250, 230]),
        ("지역거점 스마트시티 조성", [300, 360, 420, 450, 400]),
        ("스마트도시 통합플랫폼 확산", [95, 100, 110, 110, 105]),
        ("스마트시티 해외진출 지원", [45, 55, 60, 70, 75]),
    ]
    ministry = "국토교통부"
    per_year = [sum(D(x[1][i]) for x in projects) for i in range(5)]
    national = [int((v * D("0.55")).to_integral_value()) for v in per_year]
    local = [int((v * D("0.30")).to_integral_value()) for v in per_year]
    private = [per_year[i] - national[i] - local[i] for i in range(5)]

    t1 = Table("< 재원별 연도별 투자계획 >", [20, 12, 12, 12, 12, 12, 14])
    t1.head.append([H("구분")] + [H(x) for x in labels] + [H("합계")])
    for label, values, is_total in (("국비", national, False), ("지방비", local, False), ("민자", private, False),
                                    ("합계", per_year, True)):
        t1.body.append([Cell(label)] + [num(v) for v in values] + [num(sum(D(v) for v in values))])
        for i, v in enumerate(values):
            t1.fact([label], [labels[i]], years[i], "plan", v, "억원", is_total)
            if is_total:
                t1.total("grand", "", "", years[i], "plan", v, "억원")

    t2 = Table("< 사업별 연도별 투자계획 >", [30, 11, 11, 11, 11, 11, 13])
    t2.head.append([H("사업명", rowspan=2), H("연도별 투자계획", colspan=5), H("합계", rowspan=2)])
    t2.head.append([H(x) for x in labels])
    for name, values in projects:
        t2.body.append([Cell(name)] + [num(v) for v in values] + [num(sum(D(v) for v in values))])
        for i, v in enumerate(values):
            t2.fact([name], ["연도별 투자계획", labels[i]], years[i], "plan", v, "억원", False)
            t2.line(name, ministry, years[i], "plan", v, "억원")
    t2.body.append([Cell("합계")] + [num(v) for v in per_year] + [num(sum(per_year))])
    for i, v in enumerate(per_year):
        t2.fact(["합계"], ["연도별 투자계획", labels[i]], years[i], "plan", v, "억원", True)
        t2.total("grand", "", "", years[i], "plan", v, "억원")

    p.h1("Ⅰ.", "계획의 개요")
    p.p("□ 「스마트도시 조성 및 산업진흥 등에 관한 법률」 제4조에 따라 5년 단위로 수립하는 법정계획")
    p.p("○ 계획기간 : 2025년 ~ 2029년 (5년)", 1)
    p.p("○ 공간적 범위 : 전국(국가시범도시 및 지역거점 도시 포함)", 1)
    p.h1("Ⅱ.", "추진전략")
    p.h2("1.", "스마트도시 기반 고도화")
    p.p("○ 도시 데이터허브와 통합플랫폼을 고도화하여 지자체 간 데이터 연계를 확대", 1)
    p.h2("2.", "지역 주도 스마트도시 확산")
    p.p("○ 지역거점 스마트시티와 스마트 챌린지를 통해 지역 맞춤형 서비스를 발굴", 1)
    p.p("- 국가시범도시 조성은 '27년 이후 단계적으로 마무리", 2)
    p.h1("Ⅲ.", "재원 투자계획")
    p.p("□ 계획기간 중 총 %s억원(국비 %s억원, 지방비 %s억원, 민자 %s억원)을 투자"
        % (fmt(sum(per_year)), fmt(sum(national)), fmt(sum(local)), fmt(sum(private))))
    p.p("○ 연도별 투자액은 사업 추진 단계에 따라 '27년에 가장 많음", 1)
    p.caption("< 재원별 연도별 투자계획 >")
    p.unit("(단위 : 억원)")
    p.table(t1)
    p.caption("< 사업별 연도별 투자계획 >")
    p.unit("(단위 : 억원)")
    p.table(t2)
    p.p("※ 연도별 투자계획은 관계기관 협의 및 예산 편성 과정에서 변경될 수 있음")
    return p


# ---------------------------------------------------------------- plan 104: 천원 table
def plan_104():
    p = Plan("104_veterans_culture_2025", ["제1차 보훈문화 진흥 기본계획", "2025년도 시행계획"], "2025. 2.", "국가보훈부")
    items = [
        ("국가유공자 예우 문화 확산", 1254320, 1310000, 1402500, ""),
        ("독립유공자 후손 지원", 3820115, 4105000, 4260000, ""),
        ("보훈 기념행사 운영", 2415870, 2380000, 2295400, ""),
        ("호국보훈 교육 프로그램", 864200, 912000, 1035000, ""),
        ("국립묘지 시설 정비", 6120480, 5870000, 6340250, ""),
        ("보훈 콘텐츠 제작 지원", None, 450000, 620000, "'24 신규"),
        ("제복근무자 존중 캠페인", None, None, 380000, "'25 신규"),
    ]
    cols = ((2023, "2023년 결산", "actual"), (2024, "2024년 예산", "plan"), (2025, "2025년 예산(안)", "plan"))
    ministry = "국가보훈부"
    t = Table("< 사업별 예산 현황 >", [7, 30, 14, 14, 15, 11])
    t.head.append([H("연번"), H("사업명"), H("2023년 결산"), H("2024년 예산"), H("2025년 예산(안)"), H("비고")])
    sums = [0, 0, 0]
    for n, (name, *values, note) in enumerate(items, 1):
        t.body.append([Cell(str(n)), Cell(name)] + [num(v) if v is not None else Cell("-", num=True) for v in values]
                      + [Cell(note)])
        for i, (year, col, measure) in enumerate(cols):
            if values[i] is None:
                continue
            sums[i] += values[i]
            t.fact([name], [col], year, measure, values[i], "천원", False)
            t.line(name, ministry, year, measure, values[i], "천원")
    t.body.append([Cell("합 계", colspan=2)] + [num(v) for v in sums] + [Cell("")])
    for i, (year, col, measure) in enumerate(cols):
        t.fact(["합 계"], [col], year, measure, sums[i], "천원", True)
        t.total("grand", "", "", year, measure, sums[i], "천원")

    p.h1("Ⅰ.", "추진 배경")
    p.p("□ 「국가보훈 기본법」에 따라 보훈문화 진흥을 위한 기본계획을 수립하고 연도별 시행계획을 마련")
    p.p("○ 2023년 6월 국가보훈부 출범 이후 보훈문화 확산 사업을 확대 개편", 1)
    p.h1("Ⅱ.", "2025년도 추진과제")
    p.h2("1.", "일상 속 보훈문화 확산")
    p.p("○ 국가유공자 예우 문화 확산과 호국보훈 교육 프로그램을 학교·지역 단위로 확대", 1)
    p.h2("2.", "기념과 추모의 품격 제고")
    p.p("○ 국립묘지 시설을 정비하고 보훈 기념행사를 국민 참여형으로 개편", 1)
    p.p("- 제복근무자 존중 캠페인을 2025년에 신규 추진", 2)
    p.h1("Ⅲ.", "소요 예산")
    p.p("□ 2025년도 예산(안)은 총 %s천원으로, 2024년 예산 대비 %s천원 증가" % (fmt(sums[2]), fmt(sums[2] - sums[1])))
    p.caption("< 사업별 예산 현황 >")
    p.unit("(단위 : 천원)")
    p.table(t)
    p.p("※ 2023년은 결산, 2024년은 본예산, 2025년은 정부안 기준")
    return p


# ---------------------------------------------------------------- plan 105: 증감 table with △, 백만원
def plan_105():
    p = Plan("105_climate_adaptation_2025", ["제3차 국가 기후위기 적응 강화대책", "2025년도 시행계획"], "2025. 4.",
             "관계부처 합동")
    areas = [
        ("1. 물관리", "1", "물관리", [
            ("① 국가하천 홍수방어능력 강화", "환경부", "환경부", 412350, 398120),
            ("② 도시침수 예방 하수도 정비", "환경부", "환경부", 285600, 301450),
            ("③ 가뭄 대응 지하수 저류댐 설치", "환경부", "환경부", 18200, 24750)]),
        ("2. 생태계", "2", "생태계", [
            ("① 산림생태계 복원", "산림청", "산림청", 96480, 91230),
            ("② 해양보호구역 관리", "해수부", "해양수산부", 22140, 23890)]),
        ("3. 농수산", "3", "농수산", [
            ("① 농업 기상재해 조기경보", "농식품부", "농림축산식품부", 8760, 9420),
            ("② 기후적응형 품종 개발", "농식품부", "농림축산식품부", 31250, 29870),
            ("③ 양식 수산물 고수온 대응", "해수부", "해양수산부", 6480, 7150)]),
        ("4. 재난·안전", "4", "재난·안전", [
            ("① 폭염 대응 그늘막·쉼터 지원", "행안부", "행정안전부", 12300, 11050),
            ("② 기후 감시·예측 고도화", "기상청", "기상청", 54620, 57310)]),
    ]
    unit = "백만원"
    cols = ((2024, "2024년 예산", "plan"), (2025, "2025년 예산(안)", "plan"))
    t = Table("< 부문별 세부사업 예산 >", [36, 12, 16, 18, 14])
    t.head.append([H("구분"), H("부처"), H("2024년 예산"), H("2025년 예산(안)"), H("증감")])
    grand = [D(0), D(0)]
    area_sums = []
    for label, code, area, items in areas:
        t.body.append([Cell(label, colspan=5)])
        sub = [D(0), D(0)]
        for name, printed, ministry, a, b in items:
            t.body.append([Cell(name), Cell(printed), num(a), num(b), num(D(b) - D(a))])
            program = name.split(" ", 1)[1]
            for (year, col, measure), v in zip(cols, (a, b)):
                t.fact([label, name], [col], year, measure, v, unit, False)
                t.line(program, ministry, year, measure, v, unit, "", code, area)
            sub[0] += D(a)
            sub[1] += D(b)
        t.body.append([Cell("소계"), Cell(""), num(sub[0]), num(sub[1]), num(sub[1] - sub[0])])
        for (year, col, measure), v in zip(cols, sub):
            t.fact([label, "소계"], [col], year, measure, v, unit, True)
            t.total("goal", code, "", year, measure, v, unit)
        area_sums.append((label, code, sub[0], sub[1]))
        grand[0] += sub[0]
        grand[1] += sub[1]
    t.body.append([Cell("합계", colspan=2), num(grand[0]), num(grand[1]), num(grand[1] - grand[0])])
    for (year, col, measure), v in zip(cols, grand):
        t.fact(["합계"], [col], year, measure, v, unit, True)
        t.total("grand", "", "", year, measure, v, unit)

    p.h1("Ⅰ.", "시행계획 개요")
    p.p("□ 「기후위기 대응을 위한 탄소중립·녹색성장 기본법」 제40조에 따른 국가 기후위기 적응대책의 2025년도 시행계획")
    p.p("○ 4개 부문, 10개 세부사업의 관계부처 추진계획을 종합", 1)
    p.h1("Ⅱ.", "부문별 예산")
    p.p("□ 2025년도 적응대책 예산(안)은 총 %s백만원으로 전년 대비 %s백만원 증가" % (fmt(grand[1]), fmt(grand[1] - grand[0])))
    p.p("○ 생태계 부문은 산림생태계 복원 사업의 단계적 종료로 감액(△ 표시는 감소)", 1)
    p.caption("< 부문별 예산 증감 현황 >")
    p.unit("(단위 : 백만원, %)")
    p.table(area_totals("< 부문별 예산 증감 현황 >", unit, "부문", area_sums, cols, widths=[30, 16, 18, 16, 14]))
    p.h1("Ⅲ.", "부문별 세부사업")
    p.p("□ 부문별 세부사업의 예산과 증감은 다음과 같음")
    p.caption("< 부문별 세부사업 예산 >")
    p.unit("(단위 : 백만원)")
    p.table(t)
    p.h1("Ⅳ.", "이행점검")
    p.p("□ 2050 탄소중립녹색성장위원회가 부문별 이행실적을 매년 점검하여 공개")
    return p


# ---------------------------------------------------------------- plan 106: matrix, ministries as columns
def plan_106():
    p = Plan("106_standards_2025", ["제5차 국가표준기본계획", "2025년도 시행계획"], "2025. 3.", "관계부처 합동")
    ministries = [("산업부", "산업통상자원부"), ("과기정통부", "과학기술정보통신부"), ("국토부", "국토교통부"),
                  ("환경부", "환경부"), ("중기부", "중소벤처기업부")]
    strategies = [
        ("Ⅰ. 첨단산업 표준 선점", "1", ["412.5", "186.0", None, None, "58.3"], "588.4"),
        ("Ⅱ. 디지털 전환 표준 확산", "2", ["95.2", "264.8", "72.4", None, "31.0"], "440.9"),
        ("Ⅲ. 탄소중립 표준 기반 구축", "3", ["128.7", None, "45.6", "167.9", None], "301.6"),
        ("Ⅳ. 표준 인프라 고도화", "4", ["203.4", "52.1", "18.5", "24.0", "40.2"], "307.5"),
    ]
    unit = "억원"
    caption = "< 2025년 전략별·부처별 투자계획 >"
    m = Table(caption, [30, 11, 12, 11, 11, 11, 12])
    m.head.append([H("구분", rowspan=2), H("부처별 예산(안)", colspan=5), H("합계", rowspan=2)])
    m.head.append([H(short) for short, _ in ministries])
    col_sums = [D(0)] * 5
    for label, code, values, _ in strategies:
        row_sum = sum(D(v) for v in values if v is not None)
        m.body.append([Cell(label)] + [num(v, 1) if v is not None else Cell("-", num=True) for v in values]
                      + [num(row_sum, 1)])
        for i, v in enumerate(values):
            if v is None:
                continue
            col_sums[i] += D(v)
            m.fact([label], ["부처별 예산(안)", ministries[i][0]], 2025, "plan", v, unit, False)
            m.total("ministry_goal", code, ministries[i][1], 2025, "plan", v, unit)
        m.fact([label], ["합계"], 2025, "plan", row_sum, unit, True)
        m.total("goal", code, "", 2025, "plan", row_sum, unit)
    grand = sum(col_sums)
    m.body.append([Cell("합 계")] + [num(v, 1) for v in col_sums] + [num(grand, 1)])
    for i, v in enumerate(col_sums):
        m.fact(["합 계"], ["부처별 예산(안)", ministries[i][0]], 2025, "plan", v, unit, True)
        m.total("ministry", "", ministries[i][1], 2025, "plan", v, unit)
    m.fact(["합 계"], ["합계"], 2025, "plan", grand, unit, True)
    m.total("grand", "", "", 2025, "plan", grand, unit)

    trend = area_totals("< 전략별 투자 추이 >", unit, "전략",
                        [(label, code, before, sum(D(v) for v in values if v is not None))
                         for label, code, values, before in strategies],
                        ((2024, "2024년 예산", "plan"), (2025, "2025년 예산(안)", "plan")), decimals=1,
                        widths=[34, 16, 18, 14, 14])

    p.h1("Ⅰ.", "추진 개요")
    p.p("□ 「국가표준기본법」 제7조에 따라 국가표준기본계획의 2025년도 시행계획을 수립")
    p.p("○ 산업통상자원부(국가기술표준원)가 총괄하고, 5개 부처가 소관 과제를 추진", 1)
    p.h1("Ⅱ.", "2025년도 투자계획")
    p.h2("1.", "전략별·부처별 투자")
    p.p("□ 4대 전략에 총 %s억원을 투자하며, 산업통상자원부의 투자가 가장 많음" % fmt(grand, 1))
    p.caption(caption)
    p.unit("(단위 : 억원)")
    p.table(m)
    p.h2("2.", "전략별 투자 추이")
    p.p("○ 4대 전략 모두 투자가 늘고, 탄소중립 표준 기반 구축(Ⅲ)의 증가율이 가장 높음", 1)
    p.caption("< 전략별 투자 추이 >")
    p.unit("(단위 : 억원)")
    p.table(trend)
    p.h1("Ⅲ.", "추진체계")
    p.p("□ 국가표준심의회에서 부처별 추진실적을 점검하고 차년도 계획에 반영")
    return p


PLANS = [plan_101, plan_102, plan_103, plan_104, plan_105, plan_106]


def write_truth(plan, truth_dir):
    lines = [l for t in plan.tables() for l in t.lines]
    totals = distinct_totals([x for t in plan.tables() for x in t.totals])
    facts = [f for t in plan.tables() for f in t.facts]
    note = "%s: truth written by the plan's author (sample-docs/tools/plans.py), never from planetl output" % plan.stem
    write_tsv(os.path.join(truth_dir, plan.stem + ".lines.tsv"), LINE_COLUMNS, lines,
              [note, "amounts in won; ministry canonical; is_new from the 신규/계속 column where the plan prints one"])
    write_tsv(os.path.join(truth_dir, plan.stem + ".totals.tsv"), TOTAL_COLUMNS, totals,
              [note, "one row per distinct printed total (a figure two tables print is one total)"])
    write_tsv(os.path.join(truth_dir, plan.stem + ".facts.tsv"), FACT_COLUMNS, facts,
              [note, "every amount cell with a fiscal year and a measure; 증감, 증감률, 연번, 비고 and "
                     "five-year 합계 columns (no single fiscal year) are not facts"])
    return len(lines), len(totals), len(facts)


def main(argv):
    if len(argv) < 4:
        sys.stderr.write(__doc__)
        return 2
    plan_dir, unruled_dir, truth_dir = argv[1:4]
    wanted = set(argv[4:])
    for make in PLANS:
        plan = make()
        if wanted and plan.stem not in wanted:
            continue
        for d in (plan_dir, unruled_dir, truth_dir):
            os.makedirs(d, exist_ok=True)
        with open(os.path.join(plan_dir, plan.stem + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(plan.html("ruled"))
        with open(os.path.join(unruled_dir, plan.stem + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(plan.html("none"))
        print("%s: %d lines, %d totals, %d facts" % ((plan.stem,) + write_truth(plan, truth_dir)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
