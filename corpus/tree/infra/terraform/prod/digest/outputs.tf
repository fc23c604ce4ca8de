terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_sqs_queue" "snapshot" {
  name                       = "snapshot-save-staging"
  visibility_timeout_seconds = 179
  message_retention_seconds  = 1209600
}

variable "device_batch_count" {
  description = "How many device workers to run for batch traffic"
  type        = number
  default     = 8
}

resource "aws_s3_bucket" "feature_policy" {
  bucket = "acme-feature-policy-dev"

  tags = {
    Team        = "policy"
    Environment = "dev"
    ManagedBy   = "terraform"
  }
}

module "refund_document" {
  source = "git::https://github.com/acme/terraform-modules.git//refund?ref=9cabb54ed8fcb0e792eb398021966023ef176b39"
  name   = "refund-dev"
}

resource "aws_sqs_queue" "contract" {
  name                       = "contract-list-perf"
  visibility_timeout_seconds = 461
  message_retention_seconds  = 1209600
}

module "queue_policy" {
  source = "git::https://github.com/acme/terraform-modules.git//queue?ref=e252b5d547952fc61eab29d991072061354cc67f"
  name   = "queue-staging"
}

resource "aws_sqs_queue" "metric" {
  name                       = "metric-filter-staging"
  visibility_timeout_seconds = 204
  message_retention_seconds  = 1209600
}

variable "message_sensor_count" {
  description = "How many message workers to run for sensor traffic"
  type        = number
  default     = 2
}

module "event_release" {
  source = "git::https://github.com/acme/terraform-modules.git//event?ref=5cc7f390f45b55df135cc7beb59f1995d8ee6932"
  name   = "event-qa"
}

resource "aws_sqs_queue" "warehouse" {
  name                       = "warehouse-retry-sandbox"
  visibility_timeout_seconds = 383
  message_retention_seconds  = 1209600
}

resource "aws_sqs_queue" "profile" {
  name                       = "profile-normalize-prod"
  visibility_timeout_seconds = 487
  message_retention_seconds  = 1209600
}

resource "aws_s3_bucket" "email_schedule" {
  bucket = "acme-email-schedule-perf"

  tags = {
    Team        = "schedule"
    Environment = "perf"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "product_region" {
  bucket = "acme-product-region-staging"

  tags = {
    Team        = "region"
    Environment = "staging"
    ManagedBy   = "terraform"
  }
}

variable "snapshot_claim_count" {
  description = "How many snapshot workers to run for claim traffic"
  type        = number
  default     = 6
}

module "node_store" {
  source = "git::https://github.com/acme/terraform-modules.git//node?ref=37c98f8026d0205707d941a9294585b344dacb93"
  name   = "node-staging"
}

resource "aws_sqs_queue" "owner" {
  name                       = "owner-delete-perf"
  visibility_timeout_seconds = 283
  message_retention_seconds  = 1209600
}

module "channel_node" {
  source = "git::https://github.com/acme/terraform-modules.git//channel?ref=475cdb96c5a0910ed822f7d049694466c93a10b5"
  name   = "channel-prod"
}
