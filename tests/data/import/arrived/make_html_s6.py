# A government page: two forms (表1 95.8, 表2 94.76) as <table>s with rowspan/colspan, a layout table around,
# and a footer table (site info). Expected: 2 forms, 95.8 / 优 and 94.76 / 优.
import openpyxl, html
src = openpyxl.load_workbook('/work/shared/templates/standard-template-example.xlsx')
def txt(v):
    if v is None: return ''
    if isinstance(v, float) and v.is_integer(): return str(int(v))
    return str(v)
def form(ws):
    covered = {}; spans = {}
    for m in ws.merged_cells.ranges:
        spans[(m.min_row, m.min_col)] = (m.max_row - m.min_row + 1, m.max_col - m.min_col + 1)
        for r in range(m.min_row, m.max_row + 1):
            for c in range(m.min_col, m.max_col + 1):
                if (r, c) != (m.min_row, m.min_col): covered[(r, c)] = 1
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" width="640">', '<tbody>']
    for r in range(1, ws.max_row + 1):
        out.append('<tr>')
        for c in range(1, 11):
            if (r, c) in covered: continue
            v = html.escape(txt(ws.cell(r, c).value))
            rs, cs = spans.get((r, c), (1, 1))
            a = (f' rowspan="{rs}"' if rs > 1 else '') + (f' colspan="{cs}"' if cs > 1 else '')
            out.append(f'<td{a} valign="center"><p class="MsoNormal" align="center"><span style="font-family:仿宋_GB2312">{v}</span></p></td>')
        out.append('</tr>')
    out.append('</tbody></table>')
    return '\n'.join(out)
# Nested: the whole page is a layout table; the content cell holds a table (a frame with a title row) whose cell holds the form table.
page = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>青山镇 2023年度项目支出绩效自评公开</title></head><body>',
 '<table width="1000" class="layout"><tr><td width="200" valign="top">',
 '<table class="leftnav"><tr><td>政务公开</td></tr><tr><td>财政预决算</td></tr><tr><td>绩效评价</td></tr></table>',
 '</td><td valign="top">',
 '<table class="article" width="100%"><tr><td><h3>青山镇2023年度项目支出绩效自评表公开</h3></td></tr>',
 '<tr><td>发布日期:2024-04-02 阅读:57</td></tr>',
 '<tr><td><div class="TRS_Editor"><p>附件:</p>', form(src['表1']),
 '<p>&nbsp;</p><table border="1"><tr><td>联系人</td><td>联系电话</td></tr><tr><td>周敏</td><td>0566-7012345</td></tr></table>',
 '</div></td></tr>',
 '<tr><td>【打印本页】【关闭窗口】</td></tr></table>',
 '</td></tr></table>',
 '<table class="footer"><tr><td>主办:青山镇人民政府 网站标识码:3417000012</td></tr></table></body></html>']
open('gov-nested.html', 'w').write('\n'.join(page))
