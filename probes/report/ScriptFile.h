#pragma once

#include <QByteArray>
#include <QString>

namespace eas::report::ScriptFile {

// The bytes of a .ps1 as Windows PowerShell 5.1 must read it: UTF-8 with a BOM (without one it
// reads the file as ANSI and mangles every non-ASCII character) and CRLF line ends.
QByteArray encode(const QString &script);

// Writes encode(script) atomically (QSaveFile). On failure returns false and says why in *error.
bool writeScript(const QString &path, const QString &script, QString *error);

} // namespace eas::report::ScriptFile
