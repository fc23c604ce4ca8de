terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "policy_cart" {
  source = "git::https://github.com/acme/terraform-modules.git//policy?ref=5826ad9ea3db4a82f6c2ca989919232592707a3b"
  name   = "policy-qa"
}

resource "aws_s3_bucket" "warehouse_survey" {
  bucket = "acme-warehouse-survey-qa"

  tags = {
    Team        = "survey"
    Environment = "qa"
    ManagedBy   = "terraform"
  }
}

resource "aws_sqs_queue" "session" {
  name                       = "session-build-dev"
  visibility_timeout_seconds = 219
  message_retention_seconds  = 1209600
}

resource "aws_s3_bucket" "contract_session" {
  bucket = "acme-contract-session-sandbox"

  tags = {
    Team        = "session"
    Environment = "sandbox"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "license_dataset" {
  bucket = "acme-license-dataset-qa"

  tags = {
    Team        = "dataset"
    Environment = "qa"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "dataset_release" {
  bucket = "acme-dataset-release-perf"

  tags = {
    Team        = "release"
    Environment = "perf"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "cache_branch" {
  bucket = "acme-cache-branch-prod"

  tags = {
    Team        = "branch"
    Environment = "prod"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "price_record" {
  bucket = "acme-price-record-sandbox"

  tags = {
    Team        = "record"
    Environment = "sandbox"
    ManagedBy   = "terraform"
  }
}

variable "task_schedule_count" {
  description = "How many task workers to run for schedule traffic"
  type        = number
  default     = 9
}

variable "upload_listing_count" {
  description = "How many upload workers to run for listing traffic"
  type        = number
  default     = 7
}

module "webhook_event" {
  source = "git::https://github.com/acme/terraform-modules.git//webhook?ref=cfba1a54ddccab8241faf306cabac853e1575eb6"
  name   = "webhook-dev"
}

variable "discount_discount_count" {
  description = "How many discount workers to run for discount traffic"
  type        = number
  default     = 7
}

resource "aws_s3_bucket" "dataset_dataset" {
  bucket = "acme-dataset-dataset-staging"

  tags = {
    Team        = "dataset"
    Environment = "staging"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "feature_comment" {
  bucket = "acme-feature-comment-dev"

  tags = {
    Team        = "comment"
    Environment = "dev"
    ManagedBy   = "terraform"
  }
}

variable "receipt_schedule_count" {
  description = "How many receipt workers to run for schedule traffic"
  type        = number
  default     = 9
}

variable "quota_billing_count" {
  description = "How many quota workers to run for billing traffic"
  type        = number
  default     = 7
}
