#include "TrustStore.h"

#include "OpenSslPtr.h"

#include <cstdlib>

namespace eas::tls::TrustStore {

using namespace ossl;

namespace {

using StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;

void freeStack(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}

using StackPtr = std::unique_ptr<STACK_OF(X509), Deleter<STACK_OF(X509), freeStack>>;

} // namespace

QList<QSslCertificate> issuerCandidates(const QSslCertificate &certificate)
{
    const X509Ptr x509 = fromQt(certificate);
    StorePtr store(X509_STORE_new());
    if (!x509 || !store)
        return {};
    const char *dir = std::getenv(X509_get_default_cert_dir_env());
    X509_LOOKUP *lookup = X509_STORE_add_lookup(store.get(), X509_LOOKUP_hash_dir());
    if (!lookup
        || !X509_LOOKUP_add_dir(lookup, dir ? dir : X509_get_default_cert_dir(), X509_FILETYPE_PEM))
        return {};
    StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!ctx || !X509_STORE_CTX_init(ctx.get(), store.get(), x509.get(), nullptr))
        return {};
    const StackPtr found(X509_STORE_CTX_get1_certs(ctx.get(), X509_get_issuer_name(x509.get())));
    QList<QSslCertificate> candidates;
    for (int i = 0; found && i < sk_X509_num(found.get()); ++i)
        candidates.append(toQt(sk_X509_value(found.get(), i)));
    return candidates;
}

} // namespace eas::tls::TrustStore
