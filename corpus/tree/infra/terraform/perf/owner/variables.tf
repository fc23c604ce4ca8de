terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_sqs_queue" "record" {
  name                       = "record-sort-qa"
  visibility_timeout_seconds = 418
  message_retention_seconds  = 1209600
}

variable "audit_catalog_count" {
  description = "How many audit workers to run for catalog traffic"
  type        = number
  default     = 1
}

resource "aws_sqs_queue" "billing" {
  name                       = "billing-process-qa"
  visibility_timeout_seconds = 270
  message_retention_seconds  = 1209600
}

resource "aws_sqs_queue" "audit" {
  name                       = "audit-build-prod"
  visibility_timeout_seconds = 486
  message_retention_seconds  = 1209600
}

module "release_license" {
  source = "git::https://github.com/acme/terraform-modules.git//release?ref=51b090891b4cc239d261033327d1bfa232bd594e"
  name   = "release-qa"
}

resource "aws_sqs_queue" "audit" {
  name                       = "audit-refresh-prod"
  visibility_timeout_seconds = 301
  message_retention_seconds  = 1209600
}

resource "aws_s3_bucket" "plan_review" {
  bucket = "acme-plan-review-dev"

  tags = {
    Team        = "review"
    Environment = "dev"
    ManagedBy   = "terraform"
  }
}

module "branch_survey" {
  source = "git::https://github.com/acme/terraform-modules.git//branch?ref=ceb035d8ccb4f192e851dc521d9441602ba418c8"
  name   = "branch-perf"
}

resource "aws_sqs_queue" "product" {
  name                       = "product-scan-staging"
  visibility_timeout_seconds = 370
  message_retention_seconds  = 1209600
}

resource "aws_sqs_queue" "profile" {
  name                       = "profile-restore-prod"
  visibility_timeout_seconds = 86
  message_retention_seconds  = 1209600
}

variable "event_account_count" {
  description = "How many event workers to run for account traffic"
  type        = number
  default     = 2
}

module "policy_license" {
  source = "git::https://github.com/acme/terraform-modules.git//policy?ref=d00dfb43ab91384a09fe48b223a970c5f64cf515"
  name   = "policy-dev"
}

resource "aws_s3_bucket" "ledger_ledger" {
  bucket = "acme-ledger-ledger-staging"

  tags = {
    Team        = "ledger"
    Environment = "staging"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "checkout_request" {
  bucket = "acme-checkout-request-staging"

  tags = {
    Team        = "request"
    Environment = "staging"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "stream_contract" {
  bucket = "acme-stream-contract-perf"

  tags = {
    Team        = "contract"
    Environment = "perf"
    ManagedBy   = "terraform"
  }
}

resource "aws_sqs_queue" "stream" {
  name                       = "stream-validate-prod"
  visibility_timeout_seconds = 263
  message_retention_seconds  = 1209600
}

module "store_webhook" {
  source = "git::https://github.com/acme/terraform-modules.git//store?ref=3fa88edd0409cddad07ad7c02973ff8ccf50ca5f"
  name   = "store-dev"
}

variable "branch_profile_count" {
  description = "How many branch workers to run for profile traffic"
  type        = number
  default     = 7
}

module "claim_dataset" {
  source = "git::https://github.com/acme/terraform-modules.git//claim?ref=d1621d3c248424a42d66bc6da2b705dc5d57d471"
  name   = "claim-perf"
}

variable "owner_cache_count" {
  description = "How many owner workers to run for cache traffic"
  type        = number
  default     = 3
}

module "feed_receipt" {
  source = "git::https://github.com/acme/terraform-modules.git//feed?ref=ebc391698533ac95c089ff6c485c1e3d49b115dd"
  name   = "feed-dev"
}

variable "branch_tenant_count" {
  description = "How many branch workers to run for tenant traffic"
  type        = number
  default     = 5
}

module "branch_feature" {
  source = "git::https://github.com/acme/terraform-modules.git//branch?ref=304c553805d13bdece078635d4f3481e83b22551"
  name   = "branch-sandbox"
}

resource "aws_s3_bucket" "contract_bucket" {
  bucket = "acme-contract-bucket-dev"

  tags = {
    Team        = "bucket"
    Environment = "dev"
    ManagedBy   = "terraform"
  }
}

module "record_event" {
  source = "git::https://github.com/acme/terraform-modules.git//record?ref=89089fde912f48d3ceeb85f865dd44260dafbfb3"
  name   = "record-staging"
}
