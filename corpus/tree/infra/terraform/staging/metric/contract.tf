terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "tenant_stage_count" {
  description = "How many tenant workers to run for stage traffic"
  type        = number
  default     = 1
}

variable "release_tenant_count" {
  description = "How many release workers to run for tenant traffic"
  type        = number
  default     = 2
}

module "supplier_payout" {
  source = "git::https://github.com/acme/terraform-modules.git//supplier?ref=cf72c25d9f0c91297b3e956be9740a0ced23fe66"
  name   = "supplier-prod"
}

variable "feed_document_count" {
  description = "How many feed workers to run for document traffic"
  type        = number
  default     = 8
}

resource "aws_s3_bucket" "record_batch" {
  bucket = "acme-record-batch-staging"

  tags = {
    Team        = "batch"
    Environment = "staging"
    ManagedBy   = "terraform"
  }
}

module "stream_request" {
  source = "git::https://github.com/acme/terraform-modules.git//stream?ref=f4fae859e3fbef0016522ee078fc7e04e2c0a908"
  name   = "stream-perf"
}

resource "aws_s3_bucket" "bucket_tenant" {
  bucket = "acme-bucket-tenant-staging"

  tags = {
    Team        = "tenant"
    Environment = "staging"
    ManagedBy   = "terraform"
  }
}

variable "search_rating_count" {
  description = "How many search workers to run for rating traffic"
  type        = number
  default     = 1
}

variable "order_bucket_count" {
  description = "How many order workers to run for bucket traffic"
  type        = number
  default     = 5
}

module "plan_message" {
  source = "git::https://github.com/acme/terraform-modules.git//plan?ref=19fa3ae210ccc64dac7c3ad8e2c3d0aa1415043b"
  name   = "plan-staging"
}

resource "aws_s3_bucket" "license_plan" {
  bucket = "acme-license-plan-sandbox"

  tags = {
    Team        = "plan"
    Environment = "sandbox"
    ManagedBy   = "terraform"
  }
}

resource "aws_sqs_queue" "visit" {
  name                       = "visit-lookup-sandbox"
  visibility_timeout_seconds = 42
  message_retention_seconds  = 1209600
}

resource "aws_s3_bucket" "release_document" {
  bucket = "acme-release-document-qa"

  tags = {
    Team        = "document"
    Environment = "qa"
    ManagedBy   = "terraform"
  }
}

module "webhook_license" {
  source = "git::https://github.com/acme/terraform-modules.git//webhook?ref=bbaca4dd5ed9953cb30cd2c4b24096f9421f4958"
  name   = "webhook-prod"
}

module "catalog_shipment" {
  source = "git::https://github.com/acme/terraform-modules.git//catalog?ref=fa9f74b954a8f530db716747eb87df9439d77d8b"
  name   = "catalog-dev"
}

resource "aws_sqs_queue" "workflow" {
  name                       = "workflow-refresh-sandbox"
  visibility_timeout_seconds = 344
  message_retention_seconds  = 1209600
}

resource "aws_sqs_queue" "region" {
  name                       = "region-merge-dev"
  visibility_timeout_seconds = 479
  message_retention_seconds  = 1209600
}

resource "aws_s3_bucket" "cart_node" {
  bucket = "acme-cart-node-prod"

  tags = {
    Team        = "node"
    Environment = "prod"
    ManagedBy   = "terraform"
  }
}

module "queue_store" {
  source = "git::https://github.com/acme/terraform-modules.git//queue?ref=3aa091652923bca00dfb9a7045db4d57ca31306f"
  name   = "queue-perf"
}

variable "document_policy_count" {
  description = "How many document workers to run for policy traffic"
  type        = number
  default     = 4
}

module "snapshot_ledger" {
  source = "git::https://github.com/acme/terraform-modules.git//snapshot?ref=b6b8ea92ae09dd331b6513e7813124afb6f7bdd7"
  name   = "snapshot-qa"
}
