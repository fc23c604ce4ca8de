terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_sqs_queue" "license" {
  name                       = "license-validate-sandbox"
  visibility_timeout_seconds = 300
  message_retention_seconds  = 1209600
}

module "asset_store" {
  source = "git::https://github.com/acme/terraform-modules.git//asset?ref=49de277cf05aec0e5cbbb7a6d7f2af8ced582dad"
  name   = "asset-staging"
}

resource "aws_sqs_queue" "metric" {
  name                       = "metric-create-sandbox"
  visibility_timeout_seconds = 323
  message_retention_seconds  = 1209600
}

variable "visit_region_count" {
  description = "How many visit workers to run for region traffic"
  type        = number
  default     = 5
}

variable "owner_route_count" {
  description = "How many owner workers to run for route traffic"
  type        = number
  default     = 3
}

variable "report_address_count" {
  description = "How many report workers to run for address traffic"
  type        = number
  default     = 2
}

resource "aws_sqs_queue" "refund" {
  name                       = "refund-normalize-sandbox"
  visibility_timeout_seconds = 152
  message_retention_seconds  = 1209600
}

module "document_owner" {
  source = "git::https://github.com/acme/terraform-modules.git//document?ref=3beec5993fd2865a7992ca40ac7f469b64c6b2aa"
  name   = "document-qa"
}

resource "aws_sqs_queue" "stream" {
  name                       = "stream-validate-sandbox"
  visibility_timeout_seconds = 421
  message_retention_seconds  = 1209600
}

variable "workflow_node_count" {
  description = "How many workflow workers to run for node traffic"
  type        = number
  default     = 2
}

resource "aws_sqs_queue" "client" {
  name                       = "client-list-sandbox"
  visibility_timeout_seconds = 461
  message_retention_seconds  = 1209600
}
