terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "price_ledger_count" {
  description = "How many price workers to run for ledger traffic"
  type        = number
  default     = 1
}

resource "aws_s3_bucket" "upload_profile" {
  bucket = "acme-upload-profile-qa"

  tags = {
    Team        = "profile"
    Environment = "qa"
    ManagedBy   = "terraform"
  }
}

resource "aws_sqs_queue" "webhook" {
  name                       = "webhook-render-sandbox"
  visibility_timeout_seconds = 199
  message_retention_seconds  = 1209600
}

variable "snapshot_schedule_count" {
  description = "How many snapshot workers to run for schedule traffic"
  type        = number
  default     = 4
}

module "upload_policy" {
  source = "git::https://github.com/acme/terraform-modules.git//upload?ref=75d58c9150136a95ded639be5dd855e17c79ab8b"
  name   = "upload-prod"
}

module "feature_template" {
  source = "git::https://github.com/acme/terraform-modules.git//feature?ref=5f2c86e6107f70db2da8e7c4a635be8a5cb35df6"
  name   = "feature-qa"
}

resource "aws_sqs_queue" "batch" {
  name                       = "batch-render-sandbox"
  visibility_timeout_seconds = 124
  message_retention_seconds  = 1209600
}

resource "aws_sqs_queue" "user" {
  name                       = "user-resolve-perf"
  visibility_timeout_seconds = 37
  message_retention_seconds  = 1209600
}

variable "contract_region_count" {
  description = "How many contract workers to run for region traffic"
  type        = number
  default     = 2
}

resource "aws_sqs_queue" "comment" {
  name                       = "comment-update-dev"
  visibility_timeout_seconds = 452
  message_retention_seconds  = 1209600
}

variable "metric_shipment_count" {
  description = "How many metric workers to run for shipment traffic"
  type        = number
  default     = 6
}

module "batch_plan" {
  source = "git::https://github.com/acme/terraform-modules.git//batch?ref=9072ae64ca39ce4eb286014201b185cbcd4bb094"
  name   = "batch-perf"
}

variable "listing_policy_count" {
  description = "How many listing workers to run for policy traffic"
  type        = number
  default     = 4
}

resource "aws_sqs_queue" "queue" {
  name                       = "queue-retry-qa"
  visibility_timeout_seconds = 39
  message_retention_seconds  = 1209600
}

module "job_sensor" {
  source = "git::https://github.com/acme/terraform-modules.git//job?ref=8ca3828f185ef3dcdfbf5bb98184348e8b14db5e"
  name   = "job-staging"
}

resource "aws_sqs_queue" "rating" {
  name                       = "rating-parse-qa"
  visibility_timeout_seconds = 25
  message_retention_seconds  = 1209600
}

resource "aws_sqs_queue" "survey" {
  name                       = "survey-count-perf"
  visibility_timeout_seconds = 30
  message_retention_seconds  = 1209600
}

resource "aws_sqs_queue" "rating" {
  name                       = "rating-archive-sandbox"
  visibility_timeout_seconds = 490
  message_retention_seconds  = 1209600
}

variable "rating_metric_count" {
  description = "How many rating workers to run for metric traffic"
  type        = number
  default     = 7
}

module "survey_domain" {
  source = "git::https://github.com/acme/terraform-modules.git//survey?ref=e1b11d3f3b5aac7f92194ef7b75f9c0cd1ed9a46"
  name   = "survey-perf"
}

module "user_catalog" {
  source = "git::https://github.com/acme/terraform-modules.git//user?ref=8c06aa6816475453567bf46c88b90c71689b9903"
  name   = "user-qa"
}

resource "aws_sqs_queue" "dataset" {
  name                       = "dataset-resolve-qa"
  visibility_timeout_seconds = 485
  message_retention_seconds  = 1209600
}
