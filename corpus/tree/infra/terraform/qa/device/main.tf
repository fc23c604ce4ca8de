terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_sqs_queue" "audit" {
  name                       = "audit-import-prod"
  visibility_timeout_seconds = 497
  message_retention_seconds  = 1209600
}

resource "aws_sqs_queue" "review" {
  name                       = "review-scan-perf"
  visibility_timeout_seconds = 376
  message_retention_seconds  = 1209600
}

module "stage_search" {
  source = "git::https://github.com/acme/terraform-modules.git//stage?ref=f1aea690593e9c24ca915a8c43f18ce64ce95392"
  name   = "stage-staging"
}

module "snapshot_sensor" {
  source = "git::https://github.com/acme/terraform-modules.git//snapshot?ref=d89ca278827bcbd5b8dd57e360a1a5caac60e7e5"
  name   = "snapshot-perf"
}

module "note_comment" {
  source = "git::https://github.com/acme/terraform-modules.git//note?ref=1f05cb45ab0b0bc454f82c2fa58c07ab69991652"
  name   = "note-prod"
}

resource "aws_sqs_queue" "account" {
  name                       = "account-resolve-dev"
  visibility_timeout_seconds = 381
  message_retention_seconds  = 1209600
}

variable "discount_alert_count" {
  description = "How many discount workers to run for alert traffic"
  type        = number
  default     = 4
}

variable "branch_queue_count" {
  description = "How many branch workers to run for queue traffic"
  type        = number
  default     = 5
}

resource "aws_s3_bucket" "domain_listing" {
  bucket = "acme-domain-listing-staging"

  tags = {
    Team        = "listing"
    Environment = "staging"
    ManagedBy   = "terraform"
  }
}

module "task_comment" {
  source = "git::https://github.com/acme/terraform-modules.git//task?ref=025511420f763da61c04165a1a42aad6960703ad"
  name   = "task-staging"
}

resource "aws_s3_bucket" "partner_audit" {
  bucket = "acme-partner-audit-sandbox"

  tags = {
    Team        = "audit"
    Environment = "sandbox"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "job_user" {
  bucket = "acme-job-user-staging"

  tags = {
    Team        = "user"
    Environment = "staging"
    ManagedBy   = "terraform"
  }
}

resource "aws_sqs_queue" "upload" {
  name                       = "upload-notify-qa"
  visibility_timeout_seconds = 134
  message_retention_seconds  = 1209600
}

resource "aws_sqs_queue" "record" {
  name                       = "record-load-prod"
  visibility_timeout_seconds = 457
  message_retention_seconds  = 1209600
}

resource "aws_s3_bucket" "node_profile" {
  bucket = "acme-node-profile-dev"

  tags = {
    Team        = "profile"
    Environment = "dev"
    ManagedBy   = "terraform"
  }
}

variable "pipeline_order_count" {
  description = "How many pipeline workers to run for order traffic"
  type        = number
  default     = 2
}

resource "aws_s3_bucket" "sensor_task" {
  bucket = "acme-sensor-task-qa"

  tags = {
    Team        = "task"
    Environment = "qa"
    ManagedBy   = "terraform"
  }
}

resource "aws_sqs_queue" "schedule" {
  name                       = "schedule-save-staging"
  visibility_timeout_seconds = 194
  message_retention_seconds  = 1209600
}

resource "aws_sqs_queue" "receipt" {
  name                       = "receipt-archive-prod"
  visibility_timeout_seconds = 49
  message_retention_seconds  = 1209600
}

resource "aws_sqs_queue" "batch" {
  name                       = "batch-resolve-sandbox"
  visibility_timeout_seconds = 476
  message_retention_seconds  = 1209600
}

variable "profile_receipt_count" {
  description = "How many profile workers to run for receipt traffic"
  type        = number
  default     = 7
}
