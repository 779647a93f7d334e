def layout(f, r0):
    """cells {(row, col): value} (1-based), merges [(r1, c1, r2, c2)], pct cells; r0 = first row"""
    cells, merges, pct = {}, [], []
    r = r0
    cells[(r, 1)] = '项目支出绩效自评表'; merges.append((r, 1, r, 10)); r += 1
    cells[(r, 1)] = f['title']; merges.append((r, 1, r, 10)); r += 1
    cells[(r, 1)] = '项目名称'; cells[(r, 3)] = f['name']; merges += [(r, 1, r, 2), (r, 3, r, 10)]; r += 1
    cells[(r, 1)] = '主管部门'; cells[(r, 3)] = f['dept']; cells[(r, 6)] = '实施单位'; cells[(r, 8)] = f['unit']
    merges += [(r, 1, r, 2), (r, 3, r, 5), (r, 6, r, 7), (r, 8, r, 10)]; r += 1
    cells[(r, 1)] = '项目资金(万元)'; merges.append((r, 1, r + 4, 2))
    for j, h in enumerate(['年初预算数', '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分']): cells[(r, 4 + j)] = h
    r += 1
    for fr in f['funds']:
        cells[(r, 3)] = fr[0]
        for j, v in enumerate(fr[1:]):
            if v is not None: cells[(r, 4 + j)] = v
            if j == 4 and isinstance(v, float): pct.append((r, 8))
        r += 1
    cells[(r, 1)] = '年度总体目标'; cells[(r, 2)] = '预期目标'; cells[(r, 7)] = '实际完成情况'
    merges += [(r, 1, r + 1, 1), (r, 2, r, 6), (r, 7, r, 10)]; r += 1
    cells[(r, 2)] = f['goal'][0]; cells[(r, 7)] = f['goal'][1]; merges += [(r, 2, r, 6), (r, 7, r, 10)]; r += 1
    for j, h in enumerate(['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']): cells[(r, 1 + j)] = h
    merges.append((r, 9, r, 10)); first = r; r += 1
    l1s, l2s = None, None
    starts1, starts2 = [], []
    for ind in f['ind']:
        if ind[0]: starts1.append(r)
        if ind[1]: starts2.append(r)
        for j, v in enumerate(ind):
            if v is not None: cells[(r, 2 + j)] = v
        merges.append((r, 9, r, 10)); r += 1
    end = r - 1
    for a, b in zip(starts1, starts1[1:] + [end + 1]):
        if b - 1 > a: merges.append((a, 2, b - 1, 2))
    for a, b in zip(starts2, starts2[1:] + [end + 1]):
        if b - 1 > a: merges.append((a, 3, b - 1, 3))
    merges.append((first, 1, end, 1))
    cells[(r, 1)] = '总分'; cells[(r, 7)] = f['total'][0]; cells[(r, 8)] = f['total'][1]; merges.append((r, 1, r, 6))
    return cells, merges, pct, r + 1
