# A variant of the s15f tester's a2-guangdong-stdorder.xlsx (engineer formsread): the indicators'
# section row A10 reads `年度绩效指标（90分）` instead of `绩效指标`; nothing else changes.
# Run: python3 make_label_variant.py  (writes v-a2-label-points.xlsx)
import openpyxl
wb = openpyxl.load_workbook("a2-guangdong-stdorder.xlsx")
wb["自评表"]["A10"] = "年度绩效指标（90分）"
wb.save("v-a2-label-points.xlsx")
