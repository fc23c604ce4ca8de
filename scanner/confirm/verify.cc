// Checks on a candidate's structure, run after its regex matched: a JWT
// whose header is not JSON is base64 that merely starts with "eyJ".

#include "leakgate/verify.h"

#include <openssl/evp.h>
#include <zlib.h>

#include <nlohmann/json.hpp>

namespace leakgate {
namespace {

constexpr size_t kMaxJwtHeader = 2048;
constexpr size_t kChecksumDigits = 6;
constexpr size_t kChecksummedBody = 30;

// base64url (no padding) → bytes, through OpenSSL's base64 decoder.
bool DecodeBase64Url(std::string_view text, std::string* out) {
  std::string standard(text);
  for (char& c : standard) {
    if (c == '-')
      c = '+';
    else if (c == '_')
      c = '/';
  }
  const size_t padding = (4 - standard.size() % 4) % 4;
  if (padding == 3) return false;
  standard.append(padding, '=');
  out->resize(standard.size() / 4 * 3);
  int n =
      EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out->data()),
                      reinterpret_cast<const unsigned char*>(standard.data()),
                      static_cast<int>(standard.size()));
  if (n < 0) return false;
  out->resize(static_cast<size_t>(n) - padding);
  return true;
}

bool JwtHeaderIsJson(std::string_view token) {
  const size_t dot = token.find('.');
  if (dot == std::string_view::npos || dot > kMaxJwtHeader) return false;
  std::string header;
  if (!DecodeBase64Url(token.substr(0, dot), &header)) return false;
  nlohmann::json parsed = nlohmann::json::parse(header, nullptr, false);
  return parsed.is_object() && parsed.contains("alg");
}

}  // namespace

bool IsKnownVerifier(const std::string& name) { return name == "jwt-header"; }

bool Verify(const std::string& name, std::string_view secret) {
  if (name == "jwt-header") return JwtHeaderIsJson(secret);
  return true;
}

bool HasValidTokenChecksum(std::string_view token) {
  const size_t underscore = token.rfind('_');
  if (underscore == std::string_view::npos) return false;
  const std::string_view body = token.substr(underscore + 1);
  if (body.size() != kChecksummedBody + kChecksumDigits) return false;
  uLong crc = crc32(0L, reinterpret_cast<const Bytef*>(body.data()),
                    static_cast<uInt>(kChecksummedBody));
  static const char kBase62[] =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  std::string digits(kChecksumDigits, '0');
  for (size_t i = kChecksumDigits; i-- > 0 && crc > 0; crc /= 62)
    digits[i] = kBase62[crc % 62];
  return body.substr(kChecksummedBody) == digits;
}

}  // namespace leakgate
