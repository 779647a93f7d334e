"""Makes the MIME fixtures of this folder (engineer mime, session 17; tester s17s F5, F7).

Run from the repository root: python3 tests/data/import/s17s/make_mime.py
Inputs: tests/data/import/standard-template-example.xlsx (two forms, 95.8 and 94.76 under
anhui-2023) and the tester's Excel web page in excelweb/ (the same two forms, one a sheet).
"""
import base64
import quopri
from pathlib import Path

HERE = Path(__file__).parent
TEMPLATE = (HERE / "../standard-template-example.xlsx").read_bytes()
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def b64(data):
    text = base64.b64encode(data).decode()
    return "\r\n".join(text[i:i + 76] for i in range(0, len(text), 76))


def qp(data):
    return quopri.encodestring(data).decode("ascii").replace("\n", "\r\n")


def word(text, charset="gbk"):
    return "=?%s?b?%s?=" % (charset, base64.b64encode(text.encode(charset)).decode())


def pct(text, charset):
    return "".join("%%%02X" % b for b in text.encode(charset))


def mail(subject, parts, boundary="----=_NextPart_000_0042_01DA7777.12345678"):
    head = (
        "From: %s <bgs@example.gov.cn>\r\nTo: jxk@example.gov.cn\r\nSubject: %s\r\n"
        "Date: Mon, 18 Mar 2024 09:30:00 +0800\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed;\r\n\tboundary=\"%s\"\r\n\r\n"
        "This is a multi-part message in MIME format.\r\n\r\n"
        % (word("某县农业农村局办公室"), word(subject), boundary)
    )
    body = "".join("--%s\r\n%s\r\n" % (boundary, p) for p in parts)
    return head + body + "--%s--\r\n" % boundary


def attachment(headers, data):
    return headers + "Content-Transfer-Encoding: base64\r\n\r\n" + b64(data) + "\r\n"


def alternative(plain, html):
    inner = "----=_NextPart_001_0043_01DA7777.12345678"
    return (
        "Content-Type: multipart/alternative;\r\n\tboundary=\"%s\"\r\n\r\n"
        "--%s\r\nContent-Type: text/plain;\r\n\tcharset=\"gb2312\"\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n%s\r\n"
        "--%s\r\nContent-Type: text/html;\r\n\tcharset=\"utf-8\"\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n--%s--\r\n"
        % (inner, inner, b64(plain.encode("gbk")), inner, qp(html.encode("utf-8")), inner)
    )


# An Outlook-style mail: a text and HTML body (no form), the workbook attached with its name
# cut in RFC 2231 pieces, and an old Word .doc (an OLE file naming a WordDocument stream).
doc = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(504) + "WordDocument".encode("utf-16-le") + bytes(512)
name = "农业农村局2023年自评表.xlsx"
cut = pct(name, "utf-8")
one = mail("报送2023年度自评表", [
    alternative("绩效科：\r\n  自评表见附件，说明见 Word 文档。\r\n", "<p>绩效科：</p><p>自评表见附件，说明见 Word 文档。</p>"),
    attachment(
        "Content-Type: %s;\r\n\tname=\"%s\"\r\nContent-Disposition: attachment;\r\n"
        "\tfilename*0*=utf-8''%s;\r\n\tfilename*1*=%s\r\n" % (XLSX, word(name), cut[:60], cut[60:]),
        TEMPLATE,
    ),
    attachment(
        "Content-Type: application/msword;\r\n\tname=\"%s\"\r\n"
        "Content-Disposition: attachment; filename=\"%s\"\r\n" % (word("自评报告.doc"), word("自评报告.doc")),
        doc,
    ),
])
(HERE / "mail-xlsx-and-doc.eml").write_bytes(one.encode("ascii"))

# Two workbooks attached: jixiao reads one file's forms at a time, and says so.
two = mail("两个项目的自评表", [
    "Content-Type: text/plain; charset=\"gbk\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    + b64("附件两份。\r\n".encode("gbk")) + "\r\n",
    attachment(
        "Content-Type: %s\r\nContent-Disposition: attachment;\r\n\tfilename*=gbk''%s\r\n"
        % (XLSX, pct("甲项目自评表.xlsx", "gbk")),
        TEMPLATE,
    ),
    attachment(
        "Content-Type: %s; name=\"%s\"\r\nContent-Disposition: attachment\r\n"
        % (XLSX, word("乙项目自评表.xlsx")),
        TEMPLATE,
    ),
])
(HERE / "mail-two-workbooks.eml").write_bytes(two.encode("ascii"))

# Excel's "单个文件网页" of a two-sheet workbook: the frameset page, a page per sheet and the
# tab strip, each quoted-printable GB2312, in one multipart/related.
web = HERE / "excelweb"
files = web / "自评表.files"
boundary = "----=_NextPart_01DA7777.87654321"
pages = [("自评表.htm", web / "自评表.htm")] + [
    ("自评表.files/" + n, files / n) for n in ["sheet001.htm", "sheet002.htm", "tabstrip.htm"]
]
out = (
    "MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\n"
    "Content-Type: multipart/related; boundary=\"%s\"\r\n\r\n"
    "此文档为单个文件网页，也称为 Web 档案文件。\r\n\r\n" % boundary
).encode("gbk")
for location, path in pages:
    out += (
        "--%s\r\nContent-Location: file:///C:/ABCD1234/%s\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Type: text/html; charset=\"gb2312\"\r\n\r\n" % (boundary, location)
    ).encode("gbk")
    out += qp(path.read_bytes()).encode("ascii") + b"\r\n"
out += ("--%s--\r\n" % boundary).encode("ascii")
(HERE / "excel-two-sheets.mht").write_bytes(out)
