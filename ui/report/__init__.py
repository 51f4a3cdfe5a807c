"""The printed report (Decree 30/2020/NĐ-CP layout) and the report's charts, drawn with Qt.

- page: the sheet's geometry and type sizes;
- fonts: the Times-like serif with every Vietnamese letter, found and embedded;
- html_document: pages 1..n (header, tables, charts, signature, verification code) as HTML;
- annex: the Phụ lục, every airing painted as a table, paginated row by row;
- layout: both laid out on one QPrinter, with the keeps, page numbers and footers;
- printer: to a PDF file (atomically), the print preview, paper;
- charts: the two charts, on the Báo cáo page and as pictures for the paper.

The words come from app.report.wording (no Qt there): this package decides only how they look.
"""
