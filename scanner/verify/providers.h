// Each provider's documented "who am I" call, described as data, and how its
// answer becomes live, invalid or unknown. Internal to verify/.
#pragma once

#include <string>
#include <vector>

#include "http_client.h"
#include "leakgate/finding.h"

namespace leakgate {

/// A test on the JSON body: the value at `pointer` (RFC 6901) exists and,
/// when `values` is not empty, is one of them (booleans as "true"/"false").
struct JsonTest {
  std::string pointer;
  std::vector<std::string> values;
};

/// Where an identity field comes from: a JSON pointer, or "header:NAME".
struct IdentityField {
  std::string name;
  std::string source;
};

struct ProviderCheck {
  std::string family;              ///< --verify-endpoint NAME
  std::vector<std::string> rules;  ///< rule ids it checks
  std::string method;
  std::string url;      ///< the provider's own https endpoint
  HttpHeaders headers;  ///< "{secret}" is replaced by the credential
  std::string body;
  /// live: this status and every test holds on a JSON body.
  long live_status = 200;
  std::vector<JsonTest> live_when;
  /// invalid: one of these statuses and every test holds on a JSON body.
  std::vector<long> invalid_status;
  std::vector<JsonTest> invalid_when;
  std::vector<IdentityField> identity;
};

/// Every provider check but AWS (which signs, see aws_sts.h).
const std::vector<ProviderCheck>& ProviderChecks();

/// The check for rule `rule`, or nullptr.
const ProviderCheck* FindProviderCheck(const std::string& rule);

/// The request for `secret`, sent to `base` (scheme://host[:port]) when not
/// empty instead of the provider's own.
HttpRequest ProviderRequest(const ProviderCheck& check, const std::string& secret,
                            const std::string& base);

/// Live only on the documented success answer, invalid only on the
/// documented invalid-credential answer, unknown with a reason otherwise.
Verification JudgeProviderAnswer(const ProviderCheck& check,
                                 const HttpResponse& response);

/// `url` with its scheme, host and port replaced by `base`'s.
std::string RebaseUrl(const std::string& url, const std::string& base);

/// Why an answer that is neither live nor invalid is unknown: the transport
/// error, or the status and what the body looked like.
std::string UnknownReason(const HttpResponse& response);

}  // namespace leakgate
