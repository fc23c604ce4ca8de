terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "invoice_asset_count" {
  description = "How many invoice workers to run for asset traffic"
  type        = number
  default     = 4
}

variable "report_quota_count" {
  description = "How many report workers to run for quota traffic"
  type        = number
  default     = 7
}

module "payment_stream" {
  source = "git::https://github.com/acme/terraform-modules.git//payment?ref=02417c216897d58af98d85a5192e850bf030d948"
  name   = "payment-prod"
}

resource "aws_s3_bucket" "digest_refund" {
  bucket = "acme-digest-refund-staging"

  tags = {
    Team        = "refund"
    Environment = "staging"
    ManagedBy   = "terraform"
  }
}

variable "quota_address_count" {
  description = "How many quota workers to run for address traffic"
  type        = number
  default     = 2
}

resource "aws_s3_bucket" "cluster_cart" {
  bucket = "acme-cluster-cart-prod"

  tags = {
    Team        = "cart"
    Environment = "prod"
    ManagedBy   = "terraform"
  }
}

variable "stage_policy_count" {
  description = "How many stage workers to run for policy traffic"
  type        = number
  default     = 8
}

module "user_channel" {
  source = "git::https://github.com/acme/terraform-modules.git//user?ref=77c36b1967b1deb1250bd345771593b930e5d9c1"
  name   = "user-staging"
}

variable "refund_shipment_count" {
  description = "How many refund workers to run for shipment traffic"
  type        = number
  default     = 2
}

resource "aws_s3_bucket" "report_billing" {
  bucket = "acme-report-billing-perf"

  tags = {
    Team        = "billing"
    Environment = "perf"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "profile_region" {
  bucket = "acme-profile-region-qa"

  tags = {
    Team        = "region"
    Environment = "qa"
    ManagedBy   = "terraform"
  }
}

variable "branch_search_count" {
  description = "How many branch workers to run for search traffic"
  type        = number
  default     = 4
}

resource "aws_s3_bucket" "alert_warehouse" {
  bucket = "acme-alert-warehouse-perf"

  tags = {
    Team        = "warehouse"
    Environment = "perf"
    ManagedBy   = "terraform"
  }
}

resource "aws_sqs_queue" "address" {
  name                       = "address-lookup-qa"
  visibility_timeout_seconds = 374
  message_retention_seconds  = 1209600
}

module "email_review" {
  source = "git::https://github.com/acme/terraform-modules.git//email?ref=34706ae59dd6efa4485fa024208ba1b10b241dfa"
  name   = "email-prod"
}

variable "region_note_count" {
  description = "How many region workers to run for note traffic"
  type        = number
  default     = 4
}

resource "aws_sqs_queue" "invoice" {
  name                       = "invoice-scan-prod"
  visibility_timeout_seconds = 343
  message_retention_seconds  = 1209600
}

resource "aws_s3_bucket" "note_stream" {
  bucket = "acme-note-stream-prod"

  tags = {
    Team        = "stream"
    Environment = "prod"
    ManagedBy   = "terraform"
  }
}

resource "aws_sqs_queue" "channel" {
  name                       = "channel-build-perf"
  visibility_timeout_seconds = 288
  message_retention_seconds  = 1209600
}

variable "metric_schedule_count" {
  description = "How many metric workers to run for schedule traffic"
  type        = number
  default     = 2
}

module "comment_listing" {
  source = "git::https://github.com/acme/terraform-modules.git//comment?ref=951b2e98179f24b06da78cef9cf7b2e4a9e39f05"
  name   = "comment-dev"
}
