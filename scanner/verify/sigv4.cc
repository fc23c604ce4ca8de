// AWS Signature Version 4, as AWS documents it ("Create a signed AWS API
// request"): a canonical request (method, URI, sorted query, sorted
// lower-case headers, signed header list, payload hash), a string to sign
// over its hash and the credential scope, and an HMAC-SHA256 chain that
// derives the signing key from the secret. OpenSSL provides the hashes. The
// unit tests pin it to AWS's published test-suite vectors, and the e2e test
// has botocore recompute every signature the scanner sends.

#include "sigv4.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <algorithm>
#include <cctype>
#include <ctime>

namespace leakgate {
namespace {

std::string Hex(const unsigned char* bytes, size_t size) {
  static const char kDigits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(size * 2);
  for (size_t i = 0; i < size; ++i) {
    hex += kDigits[bytes[i] >> 4];
    hex += kDigits[bytes[i] & 0xf];
  }
  return hex;
}

std::string HmacSha256(const std::string& key, const std::string& data) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(data.data()), data.size(), out,
       &size);
  return std::string(reinterpret_cast<const char*>(out), size);
}

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// Header values: leading and trailing spaces trimmed, inner runs of spaces
// collapsed to one, as the canonical form requires.
std::string TrimValue(const std::string& value) {
  std::string out;
  bool space = false;
  for (char c : value) {
    if (c == ' ' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// The query's parameters sorted by name, then value. They are expected
// already URI-encoded (leakgate only sends fixed ones).
std::string CanonicalQuery(const std::string& query) {
  std::vector<std::pair<std::string, std::string>> params;
  size_t at = 0;
  while (at < query.size()) {
    size_t end = query.find('&', at);
    if (end == std::string::npos) end = query.size();
    std::string param = query.substr(at, end - at);
    size_t eq = param.find('=');
    if (!param.empty())
      params.emplace_back(param.substr(0, eq),
                          eq == std::string::npos ? "" : param.substr(eq + 1));
    at = end + 1;
  }
  std::sort(params.begin(), params.end());
  std::string out;
  for (const auto& [name, value] : params) {
    if (!out.empty()) out += '&';
    out += name + "=" + value;
  }
  return out;
}

}  // namespace

std::string Sha256Hex(const std::string& bytes) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_Digest(bytes.data(), bytes.size(), out, &size, EVP_sha256(), nullptr);
  return Hex(out, size);
}

std::string SigV4SigningKey(const std::string& secret, const std::string& date,
                            const std::string& region,
                            const std::string& service) {
  std::string key = HmacSha256("AWS4" + secret, date);
  key = HmacSha256(key, region);
  key = HmacSha256(key, service);
  return HmacSha256(key, "aws4_request");
}

SigV4Signature SignV4(const SigV4Request& request,
                      const SigV4Credentials& credentials,
                      const std::string& region, const std::string& service,
                      const std::string& amz_date) {
  SigV4Signature signature;
  signature.headers.emplace_back("X-Amz-Date", amz_date);
  if (!credentials.session_token.empty())
    signature.headers.emplace_back("X-Amz-Security-Token",
                                   credentials.session_token);

  // Every header is signed: the caller's, Host and what signing adds.
  std::vector<std::pair<std::string, std::string>> signed_headers;
  signed_headers.emplace_back("host", TrimValue(request.host));
  for (const auto& [name, value] : request.headers)
    signed_headers.emplace_back(Lower(name), TrimValue(value));
  for (const auto& [name, value] : signature.headers)
    signed_headers.emplace_back(Lower(name), TrimValue(value));
  std::stable_sort(signed_headers.begin(), signed_headers.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string canonical_headers, header_names;
  for (size_t i = 0; i < signed_headers.size(); ++i) {
    const auto& [name, value] = signed_headers[i];
    // Repeated names join their values with commas, in order.
    if (i > 0 && signed_headers[i - 1].first == name) {
      canonical_headers.back() = ',';
      canonical_headers += value + "\n";
      continue;
    }
    canonical_headers += name + ":" + value + "\n";
    if (!header_names.empty()) header_names += ';';
    header_names += name;
  }

  signature.canonical_request = request.method + "\n" + request.path + "\n" +
                                CanonicalQuery(request.query) + "\n" +
                                canonical_headers + "\n" + header_names + "\n" +
                                Sha256Hex(request.body);
  const std::string date = amz_date.substr(0, 8);
  const std::string scope = date + "/" + region + "/" + service + "/aws4_request";
  signature.string_to_sign = "AWS4-HMAC-SHA256\n" + amz_date + "\n" + scope +
                             "\n" + Sha256Hex(signature.canonical_request);
  const std::string key =
      SigV4SigningKey(credentials.secret_access_key, date, region, service);
  const std::string mac = HmacSha256(key, signature.string_to_sign);
  signature.authorization =
      "AWS4-HMAC-SHA256 Credential=" + credentials.access_key_id + "/" + scope +
      ", SignedHeaders=" + header_names + ", Signature=" +
      Hex(reinterpret_cast<const unsigned char*>(mac.data()), mac.size());
  signature.headers.emplace_back("Authorization", signature.authorization);
  return signature;
}

std::string AmzDateNow() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof(text), "%Y%m%dT%H%M%SZ", &utc);
  return text;
}

}  // namespace leakgate
