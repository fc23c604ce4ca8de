terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "partner_ticket_count" {
  description = "How many partner workers to run for ticket traffic"
  type        = number
  default     = 3
}

provider "aws" {
  region     = "eu-central-1"
  access_key = "AKIAW2VEAE25B7Y5JDI2"
  secret_key = "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"
}

variable "claim_upload_count" {
  description = "How many claim workers to run for upload traffic"
  type        = number
  default     = 2
}

resource "aws_s3_bucket" "billing_address" {
  bucket = "acme-billing-address-sandbox"

  tags = {
    Team        = "address"
    Environment = "sandbox"
    ManagedBy   = "terraform"
  }
}

module "address_product" {
  source = "git::https://github.com/acme/terraform-modules.git//address?ref=69a8adbfcfa187f3541bdc6b6147d42a6db5105a"
  name   = "address-sandbox"
}

resource "aws_s3_bucket" "product_metric" {
  bucket = "acme-product-metric-sandbox"

  tags = {
    Team        = "metric"
    Environment = "sandbox"
    ManagedBy   = "terraform"
  }
}

variable "device_client_count" {
  description = "How many device workers to run for client traffic"
  type        = number
  default     = 9
}

module "upload_invoice" {
  source = "git::https://github.com/acme/terraform-modules.git//upload?ref=71ce6f593226cabe73dfa4566b7ca372ef3f1fe8"
  name   = "upload-prod"
}

resource "aws_s3_bucket" "record_snapshot" {
  bucket = "acme-record-snapshot-dev"

  tags = {
    Team        = "snapshot"
    Environment = "dev"
    ManagedBy   = "terraform"
  }
}

module "note_event" {
  source = "git::https://github.com/acme/terraform-modules.git//note?ref=5afbcf7b5223ab2d74f590a97a4860e6571c236f"
  name   = "note-dev"
}

resource "aws_s3_bucket" "page_bucket" {
  bucket = "acme-page-bucket-prod"

  tags = {
    Team        = "bucket"
    Environment = "prod"
    ManagedBy   = "terraform"
  }
}

resource "aws_sqs_queue" "dataset" {
  name                       = "dataset-count-dev"
  visibility_timeout_seconds = 329
  message_retention_seconds  = 1209600
}

variable "warehouse_message_count" {
  description = "How many warehouse workers to run for message traffic"
  type        = number
  default     = 7
}

resource "aws_s3_bucket" "node_cart" {
  bucket = "acme-node-cart-staging"

  tags = {
    Team        = "cart"
    Environment = "staging"
    ManagedBy   = "terraform"
  }
}
