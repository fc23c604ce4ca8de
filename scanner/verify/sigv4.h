// AWS Signature Version 4 (header form), for the one call leakgate makes to
// AWS: sts:GetCallerIdentity. Internal to verify/.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace leakgate {

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

/// A request to sign: `path` is already URI-encoded ("/" for STS), `query`
/// is the raw query string without '?' ("" for none).
struct SigV4Request {
  std::string method;
  std::string host;  ///< host[:port] as sent in the Host header.
  std::string path = "/";
  std::string query;
  HttpHeaders headers;  ///< besides Host and X-Amz-Date, which are added.
  std::string body;
};

struct SigV4Credentials {
  std::string access_key_id;
  std::string secret_access_key;
  std::string session_token;  ///< sent as X-Amz-Security-Token when set.
};

/// What to add to the request: X-Amz-Date, X-Amz-Security-Token (when there
/// is a session token) and Authorization. `canonical_request` and
/// `string_to_sign` are kept for tests; they hold no secret.
struct SigV4Signature {
  HttpHeaders headers;
  std::string authorization;
  std::string canonical_request;
  std::string string_to_sign;
};

/// Lower-case hex of SHA-256 over `bytes`.
std::string Sha256Hex(const std::string& bytes);

/// The signing key (32 raw bytes): HMAC chain "AWS4"+secret → date (YYYYMMDD)
/// → region → service → "aws4_request".
std::string SigV4SigningKey(const std::string& secret, const std::string& date,
                            const std::string& region,
                            const std::string& service);

/// Signs `request` at `amz_date` ("20150830T123600Z", UTC) for `region` and
/// `service`.
SigV4Signature SignV4(const SigV4Request& request,
                      const SigV4Credentials& credentials,
                      const std::string& region, const std::string& service,
                      const std::string& amz_date);

/// The current time as X-Amz-Date wants it.
std::string AmzDateNow();

}  // namespace leakgate
