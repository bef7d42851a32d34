#pragma once

#include <QString>

namespace eas::report {

// Renders the report HTML (HtmlReport::render) to an A4 PDF with QTextDocument and QPdfWriter.
// Needs a QGuiApplication (the CLI makes one on the "offscreen" platform); the report's data:
// URI charts render as images. Writes atomically; on failure returns false and says why in
// *error.
bool writePdf(const QString &html, const QString &path, QString *error);

} // namespace eas::report
