#!/usr/bin/env python3
"""Builds the session 18 fixtures (tester-made; run from this folder, needs openpyxl and
python-docx):

- excel-2003.xml: standard-template-example.xlsx written as Excel 2003 writes an "XML 电子表格"
  (absolute ss:Index, ss:MergeAcross/ss:MergeDown, a Percent style, DocumentProperties first),
  with what such files carry: the title in rich text (<html:B>, <Font>), an entity (&amp;), a
  cell comment, a hidden row and a hidden column holding junk, a third worksheet hidden
  (<Visible>SheetHidden</Visible>). Scores as the workbook: 95.8 / 94.76 under anhui-2023.
- embedded-workbook.docx: a Word document whose body is a heading and the picture of a form
  pasted as an Excel object, the workbook kept as word/embeddings/Microsoft_Excel_Worksheet.xlsx
  (w:object, v:shape/v:imagedata, o:OLEObject ProgID Excel.Sheet.12, a package relationship),
  as Word writes it: the two forms of the workbook.
- embedded-and-table.docx: template.docx (both forms as Word tables) with 表1 also pasted as an
  Excel object: 表1 is scored once.
- embedded-xls.docx: the form as an older Word embeds it, word/embeddings/oleObject1.bin (an
  OLE file whose stream is a Workbook: standard-template.xls), ProgID Excel.Sheet.8.

lo-standard-template.xls is real LibreOffice 7.4 output (see SOURCES.md), not built here.
"""
import io
import zipfile
from xml.sax.saxutils import escape

import openpyxl
from docx import Document

HERE = "."
BOOK = "../standard-template-example.xlsx"


def excel_2003():
    wb = openpyxl.load_workbook(BOOK)
    out = [
        '<?xml version="1.0"?>',
        '<?mso-application progid="Excel.Sheet"?>',
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"',
        ' xmlns:o="urn:schemas-microsoft-com:office:office"',
        ' xmlns:x="urn:schemas-microsoft-com:office:excel"',
        ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"',
        ' xmlns:html="http://www.w3.org/TR/REC-html40">',
        ' <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">',
        "  <Author>某县财政局</Author><Version>11.9999</Version>",
        " </DocumentProperties>",
        " <Styles>",
        '  <Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Center"/></Style>',
        '  <Style ss:ID="s21"><NumberFormat ss:Format="Percent"/></Style>',
        '  <Style ss:ID="s22" ss:Parent="s21"><Font ss:Bold="1"/></Style>',
        " </Styles>",
    ]
    sheets = [wb["表1"], wb["表2"], wb["表2"]]
    for k, ws in enumerate(sheets):
        name = ws.title if k < 2 else "旧版"
        out.append(f' <Worksheet ss:Name="{name}">')
        out.append("  <Table>")
        out.append('   <Column ss:Index="12" ss:Hidden="1"/>')
        starts = {}
        covered = set()
        for m in ws.merged_cells.ranges:
            starts[(m.min_row, m.min_col)] = (m.max_col - m.min_col, m.max_row - m.min_row)
            for r in range(m.min_row, m.max_row + 1):
                for c in range(m.min_col, m.max_col + 1):
                    if (r, c) != (m.min_row, m.min_col):
                        covered.add((r, c))
        for r in range(1, ws.max_row + 1):
            out.append(f'   <Row ss:Index="{r if r > 1 else 1}">' if r == 1 else "   <Row>")
            last = 0
            for c in range(1, ws.max_column + 1):
                v = ws.cell(r, c).value
                if (r, c) in covered or (v is None and (r, c) not in starts):
                    continue
                attrs = ""
                if c != last + 1:
                    attrs += f' ss:Index="{c}"'
                across, down = starts.get((r, c), (0, 0))
                if across:
                    attrs += f' ss:MergeAcross="{across}"'
                if down:
                    attrs += f' ss:MergeDown="{down}"'
                last = c + across
                if v is None:
                    out.append(f"    <Cell{attrs}/>")
                    continue
                if isinstance(v, (int, float)):
                    data = f'<Data ss:Type="Number">{v}</Data>'
                elif isinstance(v, str) and v.endswith("%") and v[:-1].replace(".", "").isdigit() and k == 0:
                    # An executed rate typed as a number under a Percent style.
                    data = f'<Data ss:Type="Number">{float(v[:-1]) / 100}</Data>'
                    attrs += ' ss:StyleID="s22"'
                elif v == "项目支出绩效自评表":
                    data = ('<ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40">'
                            "<B>项目支出</B><Font html:Color=\"#FF0000\">绩效自评表</Font></ss:Data>")
                else:
                    text = escape(str(v)).replace("保障困难群众", "保障困难群众&amp;低收入人群")
                    data = f'<Data ss:Type="String">{text}</Data>'
                comment = ""
                if r == 3 and c == 1:
                    comment = ('<Comment ss:Author="审核"><ss:Data xmlns="http://www.w3.org/TR/REC-html40">'
                               "<B>请核对</B>名称</ss:Data></Comment>")
                out.append(f"    <Cell{attrs}>{data}{comment}</Cell>")
            if r == 4:
                # Column 12 is hidden: a junk cell in it.
                out.append('    <Cell ss:Index="12"><Data ss:Type="String">备用列</Data></Cell>')
            out.append("   </Row>")
            if r == 2:
                out.append('   <Row ss:Hidden="1"><Cell><Data ss:Type="String">草稿：勿填</Data></Cell></Row>')
        out.append("  </Table>")
        out.append('  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">')
        if k == 2:
            out.append("   <Visible>SheetHidden</Visible>")
        out.append("  </WorksheetOptions>")
        out.append(" </Worksheet>")
    out.append("</Workbook>")
    text = "\n".join(out)
    open("excel-2003.xml", "w", encoding="utf-8").write(text)


def one_sheet(name):
    wb = openpyxl.load_workbook(BOOK)
    for ws in list(wb):
        if ws.title != name:
            wb.remove(ws)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# A 1x1 transparent PNG stands for the picture Word shows (it writes an EMF).
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082"
)

OBJECT = (
    '<w:p><w:r><w:object w:dxaOrig="8306" w:dyaOrig="6000">'
    '<v:shape id="_x0000_i10{n}" type="#_x0000_t75" style="width:415.3pt;height:300pt" o:ole="">'
    '<v:imagedata r:id="rIdImg{n}" o:title=""/></v:shape>'
    '<o:OLEObject Type="Embed" ProgID="{prog}" ShapeID="_x0000_i10{n}" DrawAspect="Content" '
    'ObjectID="_17650{n}" r:id="rIdObj{n}"/></w:object></w:r></w:p>'
)
NS = (' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
      ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def with_objects(base, objects, out):
    """Adds embedded objects (entry name, bytes, ProgID, relationship type) to a docx."""
    zin = zipfile.ZipFile(base)
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/document.xml":
            text = data.decode("utf-8")
            paragraphs = "".join(
                '<w:p><w:r><w:t>附件：项目支出绩效自评表（粘贴的 Excel 对象）</w:t></w:r></w:p>'
                + OBJECT.replace("{n}", str(n)).replace("{prog}", prog)
                for n, (_, _, prog, _) in enumerate(objects, 1)
            )
            head, tail = text.rsplit("<w:sectPr", 1)
            text = head + paragraphs + "<w:sectPr" + tail
            text = text.replace("<w:document ", "<w:document" + "".join(
                f" {a}" for a in NS.split() if a.split("=")[0] + "=" not in text.split("<w:body", 1)[0]) + " ", 1)
            data = text.encode("utf-8")
        elif item.filename == "word/_rels/document.xml.rels":
            text = data.decode("utf-8")
            rels = "".join(
                f'<Relationship Id="rIdImg{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/object{n}.png"/>'
                f'<Relationship Id="rIdObj{n}" Type="{kind}" Target="embeddings/{name}"/>'
                for n, (name, _, _, kind) in enumerate(objects, 1)
            )
            data = text.replace("</Relationships>", rels + "</Relationships>").encode("utf-8")
        elif item.filename == "[Content_Types].xml":
            text = data.decode("utf-8")
            extra = ""
            for ext, ctype in [
                ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                ("bin", "application/vnd.openxmlformats-officedocument.oleObject"),
                ("png", "image/png"),
            ]:
                if f'Extension="{ext}"' not in text:
                    extra += f'<Default Extension="{ext}" ContentType="{ctype}"/>'
            data = text.replace("<Override", extra + "<Override", 1).encode("utf-8")
        zout.writestr(item, data)
    for n, (name, blob, _, _) in enumerate(objects, 1):
        zout.writestr(f"word/media/object{n}.png", PNG)
        zout.writestr(f"word/embeddings/{name}", blob)
    zout.close()


PACKAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"
OLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject"

excel_2003()
doc = Document()
doc.add_paragraph("关于报送2023年度项目支出绩效自评结果的函")
doc.add_paragraph("现将自评表报送如下。")
doc.save("_plain.docx")
book = open(BOOK, "rb").read()
with_objects("_plain.docx", [("Microsoft_Excel_Worksheet.xlsx", book, "Excel.Sheet.12", PACKAGE)],
             "embedded-workbook.docx")
with_objects("../template.docx", [("Microsoft_Excel_Worksheet.xlsx", one_sheet("表1"), "Excel.Sheet.12", PACKAGE)],
             "embedded-and-table.docx")
xls = open("../standard-template.xls", "rb").read()
with_objects("_plain.docx", [("oleObject1.bin", xls, "Excel.Sheet.8", OLE)], "embedded-xls.docx")
import os
os.remove("_plain.docx")
