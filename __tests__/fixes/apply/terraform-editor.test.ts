// The `.tf` editor on its own, text in and text out: each form it writes into, laid out as the file
// is, and each form it refuses with the reason. Inputs are written here; the whole-root runs with a
// re-scan are in __tests__/fixes/terraform-source-fix.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Need } from '../../../src/fixes/apply/needs.js';
import { terraformSourceEditor } from '../../../src/fixes/apply/write-terraform.js';
import { loadHcl, type HclReader } from '../../../src/parsers/terraform-source/hcl/index.js';

const APPLIANCE = 'arn:aws:iam::111122223333:role/VeeamImpersonation';
const trust: Need = { check: 'trust-appliance', kind: 'trust', principal: { type: 'AWS', value: APPLIANCE } };
const permissions = (
  plain: string[],
  conditional: Extract<Need, { kind: 'permissions' }>['conditional'] = [],
): Need => ({
  check: 'permissions',
  kind: 'permissions',
  plain,
  conditional,
  policyName: 'veeam-production-worker-v10',
  required: ['ssm:GetDocument', 'ssm:PutInventory', 'ec2:StartInstances', 'sqs:SendMessage'],
});
const efs = {
  actions: ['ec2:StartInstances'],
  condition: { StringEquals: { 'ec2:ResourceTag/EfsIndexWorker': ['EfsIndexWorker'] } },
};

const role = (trustPolicy: string, rest = '') =>
  `resource "aws_iam_role" "worker" {\n  name               = "veeam-worker"\n  assume_role_policy = ${trustPolicy}\n${rest}}\n`;
const jsonTrust = `jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })`;

interface Case {
  name: string;
  text: string;
  needs: Need[];
  key?: string;
  /** The whole file after the edit (for a refusal: unchanged). */
  after?: string;
  /** Reasons of the checks not written. */
  refused?: string[];
}

const cases: Case[] = [
  {
    name: 'a one-line Statement list: the trust object is added on that line',
    text: role(jsonTrust),
    needs: [trust],
    after: role(
      jsonTrust.replace(
        '"sts:AssumeRole" }]',
        `"sts:AssumeRole" }, {\n      Effect = "Allow"\n      Principal = {\n        AWS = "${APPLIANCE}"\n      }\n      Action = "sts:AssumeRole"\n    }]`,
      ),
    ),
  },
  {
    name: 'a one-line Veeam statement with one action: it becomes a one-line list',
    text:
      role(jsonTrust) +
      `\nresource "aws_iam_role_policy" "veeam" {\n  role   = aws_iam_role.worker.id\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "ssm:GetDocument", Resource = ["*"] }] })\n}`,
    needs: [permissions(['ssm:PutInventory'])],
    after:
      role(jsonTrust) +
      `\nresource "aws_iam_role_policy" "veeam" {\n  role   = aws_iam_role.worker.id\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ["ssm:GetDocument", "ssm:PutInventory"], Resource = ["*"] }] })\n}`,
  },
  {
    name: 'EFS indexing in a data source: the plain action joins the statement, the conditional one is a new block',
    text:
      role(jsonTrust) +
      `\ndata "aws_iam_policy_document" "veeam" {\n  statement {\n    actions   = ["ssm:GetDocument"]\n    resources = ["*"]\n  }\n}\n\nresource "aws_iam_role_policy" "veeam" {\n  role   = aws_iam_role.worker.name\n  policy = data.aws_iam_policy_document.veeam.json\n}\n`,
    needs: [permissions(['ssm:PutInventory'], [efs])],
    after:
      role(jsonTrust) +
      `\ndata "aws_iam_policy_document" "veeam" {\n  statement {\n    actions   = ["ssm:GetDocument", "ssm:PutInventory"]\n    resources = ["*"]\n  }\n\n  statement {\n    effect    = "Allow"\n    actions   = ["ec2:StartInstances"]\n    resources = ["*"]\n    condition {\n      test     = "StringEquals"\n      variable = "ec2:ResourceTag/EfsIndexWorker"\n      values   = ["EfsIndexWorker"]\n    }\n  }\n}\n\nresource "aws_iam_role_policy" "veeam" {\n  role   = aws_iam_role.worker.name\n  policy = data.aws_iam_policy_document.veeam.json\n}\n`,
  },
  {
    name: 'EFS indexing in jsonencode: the conditional statement is a new object in the list',
    text: `${role(jsonTrust)}\nresource "aws_iam_role_policy" "veeam" {\n  role = aws_iam_role.worker.id\n  policy = jsonencode({\n    Statement = [\n      {\n        Effect   = "Allow"\n        Action   = ["ssm:GetDocument"]\n        Resource = "*"\n      },\n    ]\n  })\n}`,
    needs: [permissions([], [efs])],
    after: `${role(jsonTrust)}\nresource "aws_iam_role_policy" "veeam" {\n  role = aws_iam_role.worker.id\n  policy = jsonencode({\n    Statement = [\n      {\n        Effect   = "Allow"\n        Action   = ["ssm:GetDocument"]\n        Resource = "*"\n      },\n      {\n        Effect   = "Allow"\n        Action   = ["ec2:StartInstances"]\n        Resource = "*"\n        Condition = {\n          StringEquals = {\n            "ec2:ResourceTag/EfsIndexWorker" = "EfsIndexWorker"\n          }\n        }\n      },\n    ]\n  })\n}`,
  },
  {
    name: 'a trust document with no statement blocks yet: the block goes before its closing brace',
    text: `data "aws_iam_policy_document" "trust" {\n  version = "2012-10-17"\n}\n\n${role('data.aws_iam_policy_document.trust.json')}`,
    needs: [trust],
    after: `data "aws_iam_policy_document" "trust" {\n  version = "2012-10-17"\n\n  statement {\n    effect  = "Allow"\n    actions = ["sts:AssumeRole"]\n    principals {\n      type        = "AWS"\n      identifiers = ["${APPLIANCE}"]\n    }\n  }\n}\n\n${role('data.aws_iam_policy_document.trust.json')}`,
  },
  {
    name: 'a file that does not parse: nothing is written',
    text: `${role(jsonTrust)}\nresource "aws_iam_role_policy" "x" {\n  policy = \n`,
    needs: [trust],
    refused: ['the file does not parse cleanly, so nothing is written into it'],
  },
  {
    name: 'a heredoc with a template directive: not plain JSON, nothing is written',
    text: role(
      '<<EOT\n{"Statement": [%{ for p in var.principals }{"Effect": "Allow", "Principal": {"AWS": "${p}"}, "Action": "sts:AssumeRole"}%{ endfor }]}\nEOT',
    ),
    needs: [trust],
    refused: ['the trust policy is a heredoc that is not plain JSON (line 3): add the statement by hand'],
  },
  {
    name: 'a Statement written as one object, not a list: nothing is written',
    text: role(
      'jsonencode({\n    Statement = { Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }\n  })',
    ),
    needs: [trust],
    refused: [
      "the trust policy's Statement is not written as a list of objects (line 3): add the statement by hand",
    ],
  },
  {
    name: 'jsonencode of a local: nothing is written, the reason says where',
    text: role('jsonencode(local.trust)'),
    needs: [trust],
    refused: [
      'the trust policy is jsonencode(local.trust) (line 3): add the statement where that is defined',
    ],
  },
  {
    name: 'an empty inline_policy block (no inline policies allowed): no policy is added',
    text: role(jsonTrust, '\n  inline_policy {}\n'),
    needs: [permissions(['ssm:PutInventory'])],
    refused: ['the role declares an empty inline_policy block (no inline policies): add the policy by hand'],
  },
  {
    name: 'the role is not in the file',
    text: role(jsonTrust),
    key: 'aws_iam_role.other',
    needs: [trust],
    refused: ['resource "aws_iam_role" "other" is not found in this file'],
  },
  {
    name: 'a role with for_each: nothing is written',
    text: role(jsonTrust, '  for_each = toset(["a"])\n'),
    needs: [trust],
    refused: ['the role uses count or for_each: an edit would apply to every instance'],
  },
];

let hcl: HclReader;
beforeAll(async () => {
  hcl = await loadHcl();
});

describe('the .tf editor', () => {
  it.each(cases)('$name', (c) => {
    const result = terraformSourceEditor(hcl).edit(c.text, c.key ?? 'aws_iam_role.worker', c.needs);
    if (c.refused) {
      expect(result.text).toBe(c.text);
      expect(result.fixed).toEqual([]);
      expect(result.notFixed.map((n) => n.reason)).toEqual(c.refused);
      return;
    }
    expect(result.notFixed).toEqual([]);
    expect(result.fixed).toEqual(c.needs.map((n) => n.check));
    expect(result.text).toBe(c.after);
    expect(hcl.parse(result.text, 'main.tf').errors).toEqual([]);
  });

  it('keeps CRLF line endings and a missing final newline', () => {
    const text = role(
      'jsonencode({\n    Statement = [\n      {\n        Effect    = "Allow"\n        Principal = { Service = "ec2.amazonaws.com" }\n        Action    = "sts:AssumeRole"\n      }\n    ]\n  })',
    )
      .replace(/\n$/, '')
      .replace(/\n/g, '\r\n');
    const result = terraformSourceEditor(hcl).edit(text, 'aws_iam_role.worker', [trust]);
    expect(result.fixed).toEqual(['trust-appliance']);
    expect(result.text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(result.text.endsWith('}')).toBe(true);
    expect(result.text).toContain(
      '        Action    = "sts:AssumeRole"\r\n      },\r\n      {\r\n        Effect = "Allow"\r\n',
    );
    expect(hcl.parse(result.text, 'main.tf').errors).toEqual([]);
  });
});
