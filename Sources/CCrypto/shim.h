// OpenSSL's libcrypto (Debian's libssl-dev): HMAC-SHA256 for signing Jupyter messages,
// and a constant-time comparison for checking them.
#include <openssl/hmac.h>
#include <openssl/evp.h>
#include <openssl/crypto.h>
