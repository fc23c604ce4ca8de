terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "profile_store" {
  source = "git::https://github.com/acme/terraform-modules.git//profile?ref=a6529ec750628e3f5cd6551fd3d591a7de426f28"
  name   = "profile-sandbox"
}

resource "aws_sqs_queue" "payout" {
  name                       = "payout-archive-perf"
  visibility_timeout_seconds = 234
  message_retention_seconds  = 1209600
}

module "report_snapshot" {
  source = "git::https://github.com/acme/terraform-modules.git//report?ref=a1a3d5b809090e1964869f0123556f58e861ee67"
  name   = "report-qa"
}

resource "aws_s3_bucket" "metric_device" {
  bucket = "acme-metric-device-perf"

  tags = {
    Team        = "device"
    Environment = "perf"
    ManagedBy   = "terraform"
  }
}

resource "aws_sqs_queue" "request" {
  name                       = "request-render-qa"
  visibility_timeout_seconds = 231
  message_retention_seconds  = 1209600
}

variable "widget_cache_count" {
  description = "How many widget workers to run for cache traffic"
  type        = number
  default     = 2
}

module "store_listing" {
  source = "git::https://github.com/acme/terraform-modules.git//store?ref=16dca47e4fd89f6a9099bf419620c438eed27317"
  name   = "store-perf"
}

variable "workflow_receipt_count" {
  description = "How many workflow workers to run for receipt traffic"
  type        = number
  default     = 5
}

variable "workflow_receipt_count" {
  description = "How many workflow workers to run for receipt traffic"
  type        = number
  default     = 7
}

resource "aws_s3_bucket" "job_channel" {
  bucket = "acme-job-channel-qa"

  tags = {
    Team        = "channel"
    Environment = "qa"
    ManagedBy   = "terraform"
  }
}

resource "aws_sqs_queue" "metric" {
  name                       = "metric-process-qa"
  visibility_timeout_seconds = 477
  message_retention_seconds  = 1209600
}

resource "aws_s3_bucket" "contract_account" {
  bucket = "acme-contract-account-qa"

  tags = {
    Team        = "account"
    Environment = "qa"
    ManagedBy   = "terraform"
  }
}

module "alert_license" {
  source = "git::https://github.com/acme/terraform-modules.git//alert?ref=5835efe897c70e6d869eebd118ec300b31fd5f12"
  name   = "alert-sandbox"
}

variable "route_warehouse_count" {
  description = "How many route workers to run for warehouse traffic"
  type        = number
  default     = 2
}

module "ticket_template" {
  source = "git::https://github.com/acme/terraform-modules.git//ticket?ref=b4f5e79b0c059bf068365b19d426e9457a2f2cb7"
  name   = "ticket-qa"
}

resource "aws_sqs_queue" "checkout" {
  name                       = "checkout-handle-qa"
  visibility_timeout_seconds = 358
  message_retention_seconds  = 1209600
}

module "cluster_payment" {
  source = "git::https://github.com/acme/terraform-modules.git//cluster?ref=6953404bc3a55f50518b2d58b3cf0bfe42e7876b"
  name   = "cluster-staging"
}

resource "aws_s3_bucket" "upload_template" {
  bucket = "acme-upload-template-dev"

  tags = {
    Team        = "template"
    Environment = "dev"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "listing_task" {
  bucket = "acme-listing-task-perf"

  tags = {
    Team        = "task"
    Environment = "perf"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "audit_claim" {
  bucket = "acme-audit-claim-prod"

  tags = {
    Team        = "claim"
    Environment = "prod"
    ManagedBy   = "terraform"
  }
}

resource "aws_sqs_queue" "ledger" {
  name                       = "ledger-normalize-perf"
  visibility_timeout_seconds = 359
  message_retention_seconds  = 1209600
}

variable "quota_product_count" {
  description = "How many quota workers to run for product traffic"
  type        = number
  default     = 9
}

resource "aws_s3_bucket" "audit_asset" {
  bucket = "acme-audit-asset-prod"

  tags = {
    Team        = "asset"
    Environment = "prod"
    ManagedBy   = "terraform"
  }
}
