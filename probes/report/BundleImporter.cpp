#include "BundleImporter.h"

#include "BundleSections.h"

#include "core/Tr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace eas::report::BundleImporter {

namespace {

// UTF-16 without a BOM: JSON text is mostly ASCII, so one byte of nearly every pair is zero.
std::optional<QStringDecoder::Encoding> guessUtf16(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 512);
    if (n < 2)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += bytes.at(i) == 0;
        oddZeros += bytes.at(i + 1) == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZeros * 4 >= pairs * 3 && evenZeros * 4 < pairs)
        return QStringDecoder::Utf16LE;
    if (evenZeros * 4 >= pairs * 3 && oddZeros * 4 < pairs)
        return QStringDecoder::Utf16BE;
    return std::nullopt;
}

void readCollectorErrors(const QJsonObject &root, QStringList &warnings)
{
    for (const QJsonValue &v : root.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject e = v.toObject();
        warnings.append(Tr::tr("The collector could not read section '%1': %2")
                            .arg(e.value(QStringLiteral("section")).toString(),
                                 e.value(QStringLiteral("message")).toString()));
    }
}

void readHeader(const QJsonObject &root, Bundle &bundle)
{
    const QJsonObject collector = root.value(QStringLiteral("collector")).toObject();
    bundle.collectedAt = BundleSections::toDateTime(root.value(QStringLiteral("collectedAt")));
    bundle.identity = root.value(QStringLiteral("identity")).toString();
    bundle.computer = collector.value(QStringLiteral("computer")).toString();
    bundle.exchangeVersion = collector.value(QStringLiteral("exchangeVersion")).toString();
}

void readSections(const QJsonObject &root, Bundle &bundle, QStringList &warnings)
{
    for (const QString &name : BundleSections::names()) {
        const QJsonValue value = root.value(name);
        if (value.isUndefined() || value.isNull()) {
            bundle.missingSections.append(name);
            warnings.append(Tr::tr("The bundle has no '%1' section.").arg(name));
        } else if (!BundleSections::read(name, value, bundle)) {
            bundle.missingSections.append(name);
            warnings.append(
                Tr::tr("The bundle's '%1' section has the wrong shape and was ignored.").arg(name));
        }
    }
}

QString schemaError(const QString &schema)
{
    if (schema.isEmpty())
        return Tr::tr("The file is not an EAS Doctor bundle (it has no schema field).");
    return Tr::tr("Unsupported bundle schema '%1' (expected %2).")
        .arg(schema, QLatin1String(kSchema));
}

} // namespace

QString decode(const QByteArray &bytes, QString *error)
{
    std::optional<QStringDecoder::Encoding> encoding = QStringDecoder::encodingForData(bytes);
    if (!encoding)
        encoding = guessUtf16(bytes).value_or(QStringDecoder::Utf8);
    if (*encoding != QStringDecoder::Utf8 && *encoding != QStringDecoder::Utf16LE
        && *encoding != QStringDecoder::Utf16BE) {
        *error = Tr::tr("The bundle is in an unsupported encoding (use UTF-8 or UTF-16).");
        return {};
    }
    QStringDecoder decoder(*encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        *error = Tr::tr("The bundle is not valid UTF-8 or UTF-16 text.");
        return {};
    }
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);
    return text;
}

BundleLoad parse(const QByteArray &bytes)
{
    BundleLoad out;
    const QString text = decode(bytes, &out.error);
    if (!out.error.isEmpty())
        return out;
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        out.error = Tr::tr("The bundle is not valid JSON (%1 at character %2).")
                        .arg(jsonError.errorString(), QString::number(jsonError.offset));
        return out;
    }
    if (!doc.isObject()) {
        out.error = Tr::tr("The bundle is not a JSON object.");
        return out;
    }
    const QJsonObject root = doc.object();
    const QString schema = root.value(QStringLiteral("schema")).toString();
    if (schema != QLatin1String(kSchema)) {
        out.error = schemaError(schema);
        return out;
    }
    Bundle bundle;
    readHeader(root, bundle);
    readCollectorErrors(root, out.warnings);
    readSections(root, bundle, out.warnings);
    out.bundle = std::move(bundle);
    return out;
}

BundleLoad load(const QString &path)
{
    BundleLoad out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = Tr::tr("Cannot read the bundle %1: %2").arg(path, file.errorString());
        return out;
    }
    const QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes) {
        out.error = Tr::tr("The bundle %1 is larger than %2 MiB.")
                        .arg(path, QString::number(kMaxBytes >> 20));
        return out;
    }
    if (bytes.isEmpty()) {
        out.error = Tr::tr("The bundle %1 is empty.").arg(path);
        return out;
    }
    return parse(bytes);
}

} // namespace eas::report::BundleImporter
