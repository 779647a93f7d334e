import openpyxl, copy
from openpyxl.utils import get_column_letter
src=openpyxl.load_workbook('/work/shared/templates/standard-template-example.xlsx')
def grid(ws):
    covered=set()
    for r in ws.merged_cells.ranges:
        for row in range(r.min_row,r.max_row+1):
            for col in range(r.min_col,r.max_col+1):
                if (row,col)!=(r.min_row,r.min_col): covered.add((row,col))
    rows=[]
    for row in ws.iter_rows():
        cells=[]
        for c in row:
            if (c.row,c.column) in covered: continue
            cells.append(c.value)
        rows.append(cells)
    return rows
g1=grid(src['表1']); g2=grid(src['表2'])
def txt(v):
    if v is None: return ''
    if isinstance(v,float) and v.is_integer(): return str(int(v))
    return str(v)
# paragraph text: every non-covered cell one paragraph (include empties)
def paras(g, fw=False):
    out=[]
    for row in g:
        # drop trailing empties
        r=list(row)
        while r and r[-1] is None: r.pop()
        for v in r: out.append(txt(v))
    return out
p=paras(g1)
open('para.txt','w').write('\n\n'.join(p)+'\n')
FW=str.maketrans('0123456789.%','０１２３４５６７８９．％')
open('para-fullwidth.txt','w').write('\n\n'.join(x.translate(FW) for x in p)+'\n')
# broken cell over two lines: break 指标1:困难群众参保率 and 全年执行数(B) 
pb=[x.replace('指标1:困难群众参保率','指标1:困难群众\n参保率').replace('全年执行数(B)','全年执行数\n(B)').replace('部分达成预期指标并具有一定效果','部分达成预期指标\n并具有一定效果') for x in p]
open('para-broken.txt','w').write('\n\n'.join(pb)+'\n')
junk_head='首页 > 信息公开 > 财政预决算\n\n发布时间:2024-03-05  来源:某县医疗保障局  浏览次数:128\n\n【字体:大 中 小】  打印本页  关闭窗口\n\n'
junk_tail='\n\n附件下载:2023年度项目支出绩效自评表.xlsx\n\n上一篇:关于2023年部门决算公开的说明\n\n下一篇:2024年部门预算\n\n版权所有 © 某县人民政府  皖ICP备12345678号\n'
open('para-junk.txt','w').write(junk_head+'\n\n'.join(p)+junk_tail)
flat=' '.join(x for x in p if x)
open('flat.txt','w').write('作者:张三 创建时间:2024-01-02 文档编号:88812 页数:1 '+flat+'\n')
open('flat-fullwidth.txt','w').write(flat.translate(FW)+'\n')
# xlsx variants
wb=copy.deepcopy(src)
# numbers as text
ws=wb['表1']
for row in ws.iter_rows():
    for c in row:
        if isinstance(c.value,(int,float)): c.value=txt(c.value)
ws['H20']='=SUM(H13:H19)+I6'
ws['F7']=None
wb.save('numtext-formula.xlsx')
# hidden sheet: copy of 表2 hidden
wb=openpyxl.load_workbook('/work/shared/templates/standard-template-example.xlsx')
wb['表2'].sheet_state='hidden'
wb.save('hidden.xlsx')
# two forms on one sheet
wb=openpyxl.load_workbook('/work/shared/templates/standard-template-example.xlsx')
a=wb['表1']; b=wb['表2']
off=a.max_row+2
for row in b.iter_rows():
    for c in row:
        if c.value is not None: a.cell(row=c.row+off, column=c.column, value=c.value)
for r in b.merged_cells.ranges:
    a.merge_cells(start_row=r.min_row+off,start_column=r.min_col,end_row=r.max_row+off,end_column=r.max_col)
del wb['表2']
wb.save('two-on-one.xlsx')
# full-width digits in xlsx as text
wb=openpyxl.load_workbook('/work/shared/templates/standard-template-example.xlsx')
ws=wb['表1']
for row in ws.iter_rows():
    for c in row:
        if c.value is not None: c.value=txt(c.value).translate(FW)
wb.save('fullwidth.xlsx')
# merged cell over two lines inside xlsx cell
wb=openpyxl.load_workbook('/work/shared/templates/standard-template-example.xlsx')
ws=wb['表1']; ws['D17']='指标1:困难群众\n参保率'; ws['E5']='全年预算数\n(A)'; ws['F13']='7600\n人'
wb.save('linebreak.xlsx')
import json; json.dump([g1,g2],open('grids.json','w'),ensure_ascii=False,default=str)
