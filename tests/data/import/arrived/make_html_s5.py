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
page = ['<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>某县财政局 2023年度项目支出绩效自评结果公开</title></head><body>',
 '<table width="100%" class="top"><tr><td><img src="logo.png">某县人民政府</td><td>首页</td><td>政务公开</td><td>政民互动</td></tr></table>',
 '<div class="pos">当前位置:首页 &gt; 政务公开 &gt; 预算绩效</div>',
 '<h2>某县2023年度项目支出绩效自评结果公开</h2><p>发布时间:2024-05-20 来源:县财政局 浏览次数:318</p>',
 '<p>根据《某县预算绩效管理办法》,现将2023年度部分项目支出绩效自评结果公开如下:</p>',
 '<p>一、城乡居民医保参保补助项目</p>', form(src['表1']),
 '<p>二、公共图书馆免费开放补助</p>', form(src['表2']),
 '<p>附件:<a href="a.xls">自评表.xls</a></p>',
 '<table class="footer" width="100%"><tr><td>主办单位:某县人民政府办公室</td><td>承办单位:某县财政局</td></tr>',
 '<tr><td>网站标识码:3415000001</td><td>皖ICP备12345678号-1 皖公网安备 34150002000123号</td></tr>',
 '<tr><td>联系电话:0564-1234567</td><td>建议使用1280×768分辨率</td></tr></table>',
 '</body></html>']
open('gov-two-forms.html', 'w').write('\n'.join(page))
