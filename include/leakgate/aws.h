// Offline facts about AWS access key IDs.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace leakgate {

/// Decodes the 12-digit account id encoded in an access key ID. False for
/// IDs that do not encode it (5th character I or J) or are malformed.
bool DecodeAwsAccount(std::string_view key_id, std::string* account);

/// details for an AWS access key ID: aws_account (or aws_account_note
/// saying why it is unknown) and key_type.
std::map<std::string, std::string> AwsKeyIdDetails(std::string_view key_id);

}  // namespace leakgate
