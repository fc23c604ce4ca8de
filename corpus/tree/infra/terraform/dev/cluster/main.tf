terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "owner_pipeline_count" {
  description = "How many owner workers to run for pipeline traffic"
  type        = number
  default     = 3
}

resource "aws_sqs_queue" "discount" {
  name                       = "discount-sync-sandbox"
  visibility_timeout_seconds = 104
  message_retention_seconds  = 1209600
}

resource "aws_s3_bucket" "report_cache" {
  bucket = "acme-report-cache-qa"

  tags = {
    Team        = "cache"
    Environment = "qa"
    ManagedBy   = "terraform"
  }
}

variable "invoice_discount_count" {
  description = "How many invoice workers to run for discount traffic"
  type        = number
  default     = 9
}

module "branch_channel" {
  source = "git::https://github.com/acme/terraform-modules.git//branch?ref=5791d7938e097b20213f934d6bd9be0b2ebfc960"
  name   = "branch-dev"
}

resource "aws_s3_bucket" "page_billing" {
  bucket = "acme-page-billing-perf"

  tags = {
    Team        = "billing"
    Environment = "perf"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "claim_cache" {
  bucket = "acme-claim-cache-sandbox"

  tags = {
    Team        = "cache"
    Environment = "sandbox"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "ledger_comment" {
  bucket = "acme-ledger-comment-dev"

  tags = {
    Team        = "comment"
    Environment = "dev"
    ManagedBy   = "terraform"
  }
}
