terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_s3_bucket" "device_dataset" {
  bucket = "acme-device-dataset-perf"

  tags = {
    Team        = "dataset"
    Environment = "perf"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "review_session" {
  bucket = "acme-review-session-sandbox"

  tags = {
    Team        = "session"
    Environment = "sandbox"
    ManagedBy   = "terraform"
  }
}

variable "node_client_count" {
  description = "How many node workers to run for client traffic"
  type        = number
  default     = 9
}

module "address_order" {
  source = "git::https://github.com/acme/terraform-modules.git//address?ref=d80e323584d2fdede5359690b63655e35a6b71f5"
  name   = "address-staging"
}

module "survey_release" {
  source = "git::https://github.com/acme/terraform-modules.git//survey?ref=5c1400dcc95e2a43e16706a692c5a7c812f1eabe"
  name   = "survey-dev"
}

variable "audit_queue_count" {
  description = "How many audit workers to run for queue traffic"
  type        = number
  default     = 4
}

resource "aws_s3_bucket" "profile_listing" {
  bucket = "acme-profile-listing-qa"

  tags = {
    Team        = "listing"
    Environment = "qa"
    ManagedBy   = "terraform"
  }
}

module "batch_ticket" {
  source = "git::https://github.com/acme/terraform-modules.git//batch?ref=dc8d7e17817396a8c221b46c88bbe7a47d61b206"
  name   = "batch-dev"
}

provider "aws" {
  region     = "us-west-2"
  access_key = "AKIANEA67MNN3ZQJK43S"
  secret_key = "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"
}

resource "aws_s3_bucket" "domain_store" {
  bucket = "acme-domain-store-sandbox"

  tags = {
    Team        = "store"
    Environment = "sandbox"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "coupon_shipment" {
  bucket = "acme-coupon-shipment-qa"

  tags = {
    Team        = "shipment"
    Environment = "qa"
    ManagedBy   = "terraform"
  }
}

resource "aws_sqs_queue" "project" {
  name                       = "project-schedule-qa"
  visibility_timeout_seconds = 426
  message_retention_seconds  = 1209600
}

module "refund_cart" {
  source = "git::https://github.com/acme/terraform-modules.git//refund?ref=a61de83b2fa0582b7bab62a68472570e75b201d7"
  name   = "refund-dev"
}

resource "aws_sqs_queue" "receipt" {
  name                       = "receipt-format-qa"
  visibility_timeout_seconds = 84
  message_retention_seconds  = 1209600
}

resource "aws_s3_bucket" "upload_note" {
  bucket = "acme-upload-note-staging"

  tags = {
    Team        = "note"
    Environment = "staging"
    ManagedBy   = "terraform"
  }
}

resource "aws_sqs_queue" "job" {
  name                       = "job-update-qa"
  visibility_timeout_seconds = 377
  message_retention_seconds  = 1209600
}

resource "aws_sqs_queue" "sensor" {
  name                       = "sensor-sync-prod"
  visibility_timeout_seconds = 70
  message_retention_seconds  = 1209600
}

resource "aws_sqs_queue" "widget" {
  name                       = "widget-render-perf"
  visibility_timeout_seconds = 201
  message_retention_seconds  = 1209600
}

resource "aws_s3_bucket" "domain_workflow" {
  bucket = "acme-domain-workflow-prod"

  tags = {
    Team        = "workflow"
    Environment = "prod"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "pipeline_device" {
  bucket = "acme-pipeline-device-staging"

  tags = {
    Team        = "device"
    Environment = "staging"
    ManagedBy   = "terraform"
  }
}

variable "batch_digest_count" {
  description = "How many batch workers to run for digest traffic"
  type        = number
  default     = 5
}

variable "widget_user_count" {
  description = "How many widget workers to run for user traffic"
  type        = number
  default     = 9
}

module "alert_snapshot" {
  source = "git::https://github.com/acme/terraform-modules.git//alert?ref=17018b4446c42f80c729e20cefd77e1207fe0853"
  name   = "alert-sandbox"
}

module "task_dataset" {
  source = "git::https://github.com/acme/terraform-modules.git//task?ref=506f5b799e62b438dd03ad2e4883d20018e35870"
  name   = "task-sandbox"
}

module "policy_listing" {
  source = "git::https://github.com/acme/terraform-modules.git//policy?ref=d3b951de668600b6eaab3576c4de7db61784f968"
  name   = "policy-staging"
}

module "batch_bucket" {
  source = "git::https://github.com/acme/terraform-modules.git//batch?ref=a12c6aa62c52083fe7077c8c7de212689dfa4416"
  name   = "batch-qa"
}

variable "coupon_metric_count" {
  description = "How many coupon workers to run for metric traffic"
  type        = number
  default     = 1
}

resource "aws_s3_bucket" "price_comment" {
  bucket = "acme-price-comment-prod"

  tags = {
    Team        = "comment"
    Environment = "prod"
    ManagedBy   = "terraform"
  }
}

module "asset_project" {
  source = "git::https://github.com/acme/terraform-modules.git//asset?ref=9cb5bfdb7cb29e8f0bbf783d2870ea9750966084"
  name   = "asset-perf"
}
