// The AWS live check: sts:GetCallerIdentity, signed with SigV4, and what its
// answer means. Internal to verify/.
#pragma once

#include <string>

#include "http_client.h"
#include "leakgate/finding.h"
#include "sigv4.h"

namespace leakgate {

/// The signed POST of Action=GetCallerIdentity&Version=2011-06-15 to
/// https://sts.amazonaws.com/ (or `base`), region us-east-1, service sts,
/// at `amz_date`.
HttpRequest StsRequest(const SigV4Credentials& credentials,
                       const std::string& base, const std::string& amz_date);

/// live on a 200 that holds a GetCallerIdentityResponse (identity: account,
/// arn, user, and role for an assumed role); invalid on an ErrorResponse
/// whose code is InvalidClientTokenId or SignatureDoesNotMatch; unknown with
/// a reason otherwise.
Verification JudgeStsAnswer(const HttpResponse& response);

/// True if `account` is one of the published canarytokens.org AWS accounts
/// (or a known look-alike canary service's): a check would set it off.
bool IsCanaryAwsAccount(const std::string& account);

}  // namespace leakgate
