import openpyxl, re
src=openpyxl.load_workbook('/work/shared/templates/standard-template-example.xlsx')['表1']
wb=openpyxl.Workbook(); ws=wb.active; ws.title='表1'
m=lambda r: r+1 if r>=14 else r
for row in src.iter_rows():
    for c in row:
        if c.value is not None: ws.cell(m(c.row),c.column,c.value)
for rg in src.merged_cells.ranges:
    r1,r2=rg.min_row,rg.max_row
    nr1=m(r1); nr2=m(r2)
    ws.merge_cells(start_row=nr1,start_column=rg.min_col,end_row=nr2,end_column=rg.max_col)
ws['D14']='指标2:资助特困人员参保人数'; ws['E14']='≥500人'; ws['F14']='500人'
ws.merge_cells('G13:G14'); ws.merge_cells('H13:H14'); ws.merge_cells('C13:C14')
wb.save('shared.xlsx')
wb=openpyxl.load_workbook('/work/shared/templates/standard-template-example.xlsx'); ws=wb['表1']
ws['K12']='上年得分'; ws['K13']=15; ws['K17']=18; ws.column_dimensions['K'].hidden=True
wb.save('hiddencol.xlsx')
