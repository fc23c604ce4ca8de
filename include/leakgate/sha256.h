// SHA-256 through OpenSSL's libcrypto, for the rule digest and fingerprints.
#pragma once

#include <string>
#include <string_view>

struct evp_md_ctx_st;

namespace leakgate {

class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void Update(std::string_view bytes);
  /// Lower-case hex of the digest; the object is spent afterwards.
  std::string FinalHex();

 private:
  ::evp_md_ctx_st* ctx_;
};

}  // namespace leakgate
