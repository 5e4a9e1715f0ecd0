/**
 * template.yaml and the code agree: the handler path exists in dist/, the runtime is nodejs24.x on arm64, the
 * Function URL CORS settings equal what the handler sends, the public-URL permissions are the two AWS requires,
 * every environment variable the template sets is one the code reads, and `sam build` (the makefile build method)
 * ships dist/ unchanged. cfn-lint itself runs in CI through `npm run lint:template`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORS_ALLOWED_HEADERS, CORS_ALLOWED_METHODS, corsHeaders } from '../../src/http/response-builder.js';
import { LOG_LEVELS } from '../../src/observability/log-level.js';
import { environmentVariablesRead, projectRoot } from '../docs/env-vars.js';
import { loadCloudFormationYaml } from './cfn-yaml.js';

const template = loadCloudFormationYaml(join(projectRoot, 'template.yaml'));
const resources = template.Resources as Record<string, { Type: string; Properties: any; Metadata?: any }>;
const fn = resources.McpFunction!;
const url = resources.McpFunctionUrl!;
const split = (list: string) => list.split(',').map((s) => s.trim());

describe('template.yaml', () => {
  it('is a SAM template with one function: nodejs24.x, arm64, 30 s, memory from a parameter (default 512)', () => {
    expect(template.Transform).toBe('AWS::Serverless-2016-10-31');
    const functions = Object.values(resources).filter((r) => /::Function$/.test(r.Type));
    expect(functions).toHaveLength(1);
    expect(fn.Type).toBe('AWS::Serverless::Function');
    expect(fn.Properties.Runtime).toBe('nodejs24.x');
    expect(fn.Properties.Architectures).toEqual(['arm64']);
    expect(fn.Properties.Timeout).toBe(30);
    expect(fn.Properties.MemorySize).toEqual({ Ref: 'MemorySize' });
    expect(template.Parameters.MemorySize.Default).toBe(512);
  });

  it('points Handler at a function the built bundle exports (dist/<file>.js, export <name>)', () => {
    const [file, exportName] = (fn.Properties.Handler as string).split('.');
    const bundle = join(projectRoot, 'dist', `${file}.js`);
    expect(existsSync(bundle), `${bundle} is missing: run npm run build`).toBe(true);
    const loaded = createRequire(import.meta.url)(bundle) as Record<string, unknown>;
    expect(typeof loaded[exportName!]).toBe('function');
  });

  it('builds through scripts/sam/Makefile, whose target is named after the function and ships dist/ unchanged', () => {
    expect(fn.Metadata?.BuildMethod).toBe('makefile');
    const makefile = join(projectRoot, fn.Properties.CodeUri, 'Makefile');
    expect(readFileSync(makefile, 'utf8')).toMatch(/^build-McpFunction:/m);
    // Run the recipe as `sam build` would, except the esbuild step (npm test has just run it; rebuilding here
    // would swap dist/ under the tests that are reading it).
    const artifacts = mkdtempSync(join(tmpdir(), 'tiflux-mcp-artifacts-'));
    try {
      execFileSync('make', ['--makefile', makefile, 'build-McpFunction', `ARTIFACTS_DIR=${artifacts}`, 'BUILD_COMMAND=true'], {
        cwd: tmpdir(),
        stdio: 'pipe',
      });
      const dist = join(projectRoot, 'dist');
      expect(readdirSync(artifacts).sort()).toEqual(readdirSync(dist).sort());
      for (const name of readdirSync(dist)) {
        expect(readFileSync(join(artifacts, name)).equals(readFileSync(join(dist, name))), name).toBe(true);
      }
    } finally {
      rmSync(artifacts, { recursive: true, force: true });
    }
  });

  it('gives the Function URL AuthType NONE (the key is checked in code) and the CORS the handler sends', () => {
    expect(url.Type).toBe('AWS::Lambda::Url');
    expect(url.Properties.TargetFunctionArn).toEqual({ 'Fn::GetAtt': ['McpFunction', 'Arn'] });
    expect(url.Properties.AuthType).toBe('NONE');
    const cors = url.Properties.Cors;
    expect(cors.AllowHeaders).toEqual(split(CORS_ALLOWED_HEADERS));
    // AWS answers OPTIONS itself and does not accept it in AllowMethods.
    expect(cors.AllowMethods).toEqual(split(CORS_ALLOWED_METHODS).filter((m) => m !== 'OPTIONS'));
    const handlerMaxAge = corsHeaders({ origin: undefined, allowed: true })['Access-Control-Max-Age'];
    expect(cors.MaxAge).toBe(Number(handlerMaxAge));
    // The same parameter feeds the handler's Origin policy and the URL's CORS origins.
    expect(cors.AllowOrigins).toEqual({
      'Fn::If': ['HasAllowedOrigins', { 'Fn::Split': [',', { Ref: 'AllowedOrigins' }] }, { Ref: 'AWS::NoValue' }],
    });
    expect(fn.Properties.Environment.Variables.ALLOWED_ORIGINS).toEqual({ Ref: 'AllowedOrigins' });
  });

  it('grants exactly the two public permissions a NONE Function URL needs since October 2025', () => {
    const publicGrants = Object.values(resources)
      .filter((r) => r.Type === 'AWS::Lambda::Permission' && r.Properties.Principal === '*')
      .map((r) => r.Properties);
    expect(publicGrants).toHaveLength(2);
    expect(publicGrants).toContainEqual({
      FunctionName: { Ref: 'McpFunction' },
      Action: 'lambda:InvokeFunctionUrl',
      Principal: '*',
      FunctionUrlAuthType: 'NONE',
    });
    expect(publicGrants).toContainEqual({
      FunctionName: { Ref: 'McpFunction' },
      Action: 'lambda:InvokeFunction',
      Principal: '*',
      InvokedViaFunctionUrl: true,
    });
  });

  it('serves /mcp, /, /health and the OAuth routes through HttpApi events (what sam local start-api runs), as the README says', () => {
    const events = Object.values(fn.Properties.Events as Record<string, { Type: string; Properties: any }>);
    expect(events.every((e) => e.Type === 'HttpApi')).toBe(true);
    expect(events.map((e) => `${e.Properties.Method} ${e.Properties.Path}`).sort()).toEqual([
      'ANY /',
      'ANY /.well-known/{proxy+}',
      'ANY /authorize',
      'ANY /health',
      'ANY /mcp',
      'ANY /register',
      'ANY /token',
    ]);
    // Issue 12: the README claimed `/mcp/` and `/` for every URL while API Gateway routed only /mcp and /health.
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain('the API Gateway URL routes `/mcp`, `/` and\n  `/health`');
  });

  it('generates the OAuth token secret in Secrets Manager and hands it over by dynamic reference only', () => {
    const secret = resources.OAuthTokenSecret!;
    expect(secret.Type).toBe('AWS::SecretsManager::Secret');
    expect((secret as any).Condition).toBe('OAuthOn');
    expect(secret.Properties.GenerateSecretString.PasswordLength).toBeGreaterThanOrEqual(32);
    expect(secret.Properties.SecretString).toBeUndefined();
    const env = fn.Properties.Environment.Variables;
    expect(env.OAUTH_TOKEN_SECRET).toEqual({
      'Fn::If': ['OAuthOn', { 'Fn::Sub': '{{resolve:secretsmanager:${OAuthTokenSecret}:SecretString}}' }, ''],
    });
    expect(template.Conditions.OAuthOn).toEqual({ 'Fn::Equals': [{ Ref: 'OAuth' }, 'on'] });
    expect(env.OAUTH_TOKEN_SECRET_PREVIOUS).toEqual({ Ref: 'OAuthTokenSecretPrevious' });
    expect(template.Parameters.OAuthTokenSecretPrevious).toMatchObject({ Default: '', NoEcho: true });
    // No plain secret anywhere in the template or samconfig.toml.
    const raw = readFileSync(join(projectRoot, 'template.yaml'), 'utf8') + readFileSync(join(projectRoot, 'samconfig.toml'), 'utf8');
    expect(raw).not.toMatch(/OAUTH_TOKEN_SECRET:\s*['"]?[A-Za-z0-9+/_-]{20,}/);
  });

  it('has the OAuth parameters with the documented defaults, each feeding its variable', () => {
    const p = template.Parameters;
    expect(p.OAuth).toMatchObject({ Default: 'on', AllowedValues: ['on', 'off'] });
    expect(p.OAuthCodeLifetimeSeconds.Default).toBe(60);
    expect(p.OAuthAccessTokenLifetimeSeconds.Default).toBe(3600);
    expect(p.OAuthRefreshTokenLifetimeSeconds.Default).toBe(30 * 24 * 3600);
    expect(p.PublicBaseUrl.Default).toBe('');
    expect(p.OAuthRedirectAllowlist.Default).toBe('');
    const env = fn.Properties.Environment.Variables;
    expect(env).toMatchObject({
      OAUTH_CODE_TTL_SECONDS: { Ref: 'OAuthCodeLifetimeSeconds' },
      OAUTH_ACCESS_TTL_SECONDS: { Ref: 'OAuthAccessTokenLifetimeSeconds' },
      OAUTH_REFRESH_TTL_SECONDS: { Ref: 'OAuthRefreshTokenLifetimeSeconds' },
      OAUTH_REDIRECT_ALLOWLIST: { Ref: 'OAuthRedirectAllowlist' },
      PUBLIC_BASE_URL: { Ref: 'PublicBaseUrl' },
    });
    expect(url.Properties.Cors.ExposeHeaders).toEqual(['WWW-Authenticate']);
  });

  it('has the parameters the README documents, reserved concurrency off by default', () => {
    const p = template.Parameters;
    expect(p.AllowedOrigins.Default).toBe('');
    expect(p.LogLevel.AllowedValues).toEqual([...LOG_LEVELS]);
    expect(p.LogLevel.Default).toBe('info');
    expect(p.TifluxApiBaseUrl.Default).toBe('');
    expect(p.ReservedConcurrency.Default).toBe('');
    expect(template.Conditions.HasReservedConcurrency).toEqual({ 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'ReservedConcurrency' }, ''] }] });
    expect(fn.Properties.ReservedConcurrentExecutions).toEqual({
      'Fn::If': ['HasReservedConcurrency', { Ref: 'ReservedConcurrency' }, { Ref: 'AWS::NoValue' }],
    });
  });

  it('sets only environment variables the code reads', () => {
    const read = environmentVariablesRead();
    for (const name of Object.keys(fn.Properties.Environment.Variables)) {
      expect(read.has(name), `template.yaml sets ${name}, which no source file reads`).toBe(true);
    }
  });

  it('sends the function logs to a log group with a retention period', () => {
    const group = resources.McpLogGroup!;
    expect(group.Type).toBe('AWS::Logs::LogGroup');
    expect(group.Properties.RetentionInDays).toEqual({ Ref: 'LogRetentionDays' });
    expect(fn.Properties.LoggingConfig.LogGroup).toEqual({ Ref: 'McpLogGroup' });
  });

  it('outputs the Function URL and the full MCP endpoint', () => {
    expect(template.Outputs.FunctionUrl.Value).toEqual({ 'Fn::GetAtt': ['McpFunctionUrl', 'FunctionUrl'] });
    // Function URLs end with a slash, so this is https://<id>.lambda-url.<region>.on.aws/mcp
    expect(template.Outputs.McpEndpoint.Value).toEqual({ 'Fn::Sub': '${McpFunctionUrl.FunctionUrl}mcp' });
  });
});

describe('samconfig.toml', () => {
  const samconfig = readFileSync(join(projectRoot, 'samconfig.toml'), 'utf8');
  const setting = (name: string) => new RegExp(`^${name}\\s*=\\s*(.+)$`, 'm').exec(samconfig)?.[1]?.trim();

  it('has deploy defaults: stack name, region, IAM capability, managed S3 bucket, change set review', () => {
    expect(setting('stack_name')).toBe('"tiflux-mcp"');
    expect(setting('region')).toMatch(/^"[a-z]{2}-[a-z]+-\d"$/);
    expect(setting('capabilities')).toBe('"CAPABILITY_IAM"');
    expect(setting('resolve_s3')).toBe('true');
    expect(setting('confirm_changeset')).toBe('true');
  });

  it('turns off the build cache, which would skip the Makefile when only src/ changed', () => {
    expect(setting('cached')).toBe('false');
  });
});
