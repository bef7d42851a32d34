#include "ChecklistPrinter.h"

#include "core/Tr.h"

#include "core/Redactor.h"

#include <QCoreApplication>

namespace eas::app::ChecklistPrinter {

namespace {

QString word(Severity s, bool colour)
{
    const QString w = severityName(s).toUpper().leftJustified(5);
    if (!colour)
        return w;
    const char *code = "0";
    switch (s) {
    case Severity::Pass:
        code = "32";
        break;
    case Severity::Info:
        code = "36";
        break;
    case Severity::Warn:
        code = "33";
        break;
    case Severity::Fail:
        code = "1;31";
        break;
    case Severity::Error:
        code = "1;35";
        break;
    case Severity::Skip:
        code = "90";
        break;
    }
    return QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), w);
}

QString wrap(const QString &text, int indent, int width = 100)
{
    QString out;
    QString line;
    for (const QString &w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + w.size() > width - indent) {
            out += QString(indent, QLatin1Char(' ')) + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + w;
    }
    if (!line.isEmpty())
        out += QString(indent, QLatin1Char(' ')) + line + QLatin1Char('\n');
    return out;
}

} // namespace

QString render(const DiagnosisResult &r, const DiagnosisTarget &target, bool colour)
{
    QString out;
    const QString where = target.url.isEmpty() ? Tr::tr("(found by Autodiscover)")
                                               : target.url.toString(QUrl::RemoveUserInfo);
    out += Tr::tr("EAS Doctor %1: %2 at %3\n")
               .arg(QStringLiteral(EAS_VERSION), target.effectiveUser(), where);
    if (target.trustAnyCertificate)
        out += Tr::tr(
            "WARNING: --trust-any-certificate was used: certificate errors did not stop the "
            "probes.\n");
    if (r.rootCause) {
        const Finding *f = r.finding(r.rootCause->findingId);
        out += Tr::tr("Root cause: %1 %2 (%3, step %4)\n")
                   .arg(word(f ? f->severity : Severity::Fail, colour),
                        r.rootCause->title,
                        r.rootCause->findingId,
                        r.rootCause->step);
    } else {
        out += Tr::tr("Root cause: none found\n");
    }
    out += QLatin1Char('\n');
    for (const StepResult &s : r.steps) {
        out += QStringLiteral("%1 %2 (%3 ms)\n")
                   .arg(word(s.result.status, colour), s.title)
                   .arg(s.result.durationMs);
        for (const Finding &f : s.result.findings) {
            out += QStringLiteral("  %1 %2: %3\n")
                       .arg(word(f.severity, colour), f.id, Redactor::redact(f.title));
            if (f.severity != Severity::Pass && !f.detail.isEmpty())
                out += wrap(Redactor::redact(f.detail), 8);
            if (!f.fixes.isEmpty())
                out += QStringLiteral("        ")
                       + Tr::tr("fix: %1").arg(f.fixes.join(QStringLiteral(", ")))
                       + QLatin1Char('\n');
        }
    }
    out += QLatin1Char('\n');
    out += Tr::tr("Result: %1 (exit %2) in %3 ms\n")
               .arg(word(r.status, colour))
               .arg(exitCodeFor(r.status))
               .arg(r.durationMs);
    return out;
}

} // namespace eas::app::ChecklistPrinter
