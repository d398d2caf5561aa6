// Benchmark: the Terraform source reader (issue 11) on a generated root of 1,000 worker roles
// (role + policy document + attachment + instance profile each, 10 files), next to the bare
// tree-sitter parse of the same files (bench/hcl-parse-floor.mjs). Each side runs in a process of
// its own, 5 times interleaved; medians are reported. Aim: the reader at most 2x the floor.
// Run: node bench/terraform-source.mjs [roles]   → prints a table and appends nothing (copy it to RESULTS.md)
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const roles = Number(process.argv[2] ?? 1000);
const runs = 5;
const dir = 'bench/out/terraform-source/root';
const bundle = 'bench/out/terraform-source/reader';

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const perFile = Math.ceil(roles / 10);
for (let f = 0; f * perFile < roles; f++) {
  let text = '';
  for (let i = f * perFile; i < Math.min(roles, (f + 1) * perFile); i++) text += worker(i);
  writeFileSync(`${dir}/workers_${f}.tf`, text);
}
writeFileSync(`${dir}/variables.tf`, 'variable "appliance_account" {\n  type    = string\n  default = "111122223333"\n}\n');

execFileSync('node', ['scripts/package.mjs'], {
  env: { ...process.env, PACKAGE_DIST: bundle, PACKAGE_ENTRIES: 'reader=src/tools/read-terraform.ts' },
  stdio: 'inherit',
});

const run = (args) => JSON.parse(execFileSync('node', args, { encoding: 'utf8' }).trim().split('\n').pop());
const floor = [];
const reader = [];
for (let i = 0; i < runs; i++) {
  floor.push(run(['bench/hcl-parse-floor.mjs', dir]));
  reader.push(run([`${bundle}/reader.js`, dir]));
  console.error(`run ${i + 1}: floor ${floor[i].totalMs} ms, reader ${reader[i].totalMs} ms`);
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const f = median(floor.map((r) => r.totalMs));
const r = median(reader.map((x) => x.totalMs));
const fp = median(floor.map((x) => x.parseMs + x.readMs));
const rp = median(reader.map((x) => x.readMs));
console.log(`Terraform source, ${roles} worker roles, ${reader[0].files} files (${os.cpus().length} CPUs, Node ${process.version})`);
console.log(`| | floor (tree-sitter parse) | reader (parse + evaluate + link) | ratio |`);
console.log(`| --- | ---: | ---: | ---: |`);
console.log(`| whole process, median of ${runs} (ms) | ${f} | ${r} | ${(r / f).toFixed(2)}x |`);
console.log(`| files read and handled, median (ms) | ${fp.toFixed(1)} | ${rp} | ${(rp / fp).toFixed(2)}x |`);
const ast = median(reader.map((x) => x.astMs));
console.log(`| of which the HCL layer's parse to the AST (ms) | | ${ast} | ${(ast / fp).toFixed(2)}x |`);
console.log(`| of which evaluation and linking (ms) | | ${(rp - ast).toFixed(1)} | ${((rp - ast) / fp).toFixed(2)}x |`);
console.log(`roles found: ${reader[0].roles}, errors: ${reader[0].errors}`);

function worker(i) {
  return `data "aws_iam_policy_document" "trust_${i}" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::\${var.appliance_account}:root"]
    }
  }
}

resource "aws_iam_role" "worker_${i}" {
  name               = "veeam-worker-${i}"
  assume_role_policy = data.aws_iam_policy_document.trust_${i}.json
}

resource "aws_iam_role_policy_attachment" "ssm_${i}" {
  role       = aws_iam_role.worker_${i}.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_instance_profile" "worker_${i}" {
  name = "veeam-worker-${i}"
  role = aws_iam_role.worker_${i}.name
}

`;
}
