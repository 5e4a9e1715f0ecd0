/**
 * Before a template is sent to a client's phone: it must exist on the integration, be approved, and get exactly as
 * many values as it has variables. TiFlux's own tool sent whatever it was given (docs/chats-and-knowledge.md).
 */
import { collectAllPages } from '../../tiflux/paging.js';
import { TiFluxForbiddenError, type TiFluxClient } from '../../tiflux/client.js';
import { createMessageTemplatesApi } from '../../tiflux/resources/message-templates.js';
import { ToolError } from '../tool-error.js';
import { countVariables, headerText } from './template-variables.js';

export interface CheckedTemplate {
  provider: 'gupshup' | 'whatsapp_cloud';
  name: string;
  bodyVariables: number;
  headerVariables: number;
}

const APPROVED = new Set(['approved', 'enabled']);

async function orForbidden<T>(load: () => Promise<T>): Promise<T | 'forbidden'> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof TiFluxForbiddenError) return 'forbidden';
    throw error;
  }
}

async function findTemplate(tiflux: TiFluxClient, integrationId: number, templateId: number) {
  const templates = tiflux.use(createMessageTemplatesApi);
  const gupshup = await orForbidden(() => collectAllPages((page) => templates.gupshup({ integration_id: integrationId }, page)));
  const fromGupshup = gupshup !== 'forbidden' ? gupshup.find((template) => template.id === templateId) : undefined;
  if (fromGupshup) {
    return {
      provider: 'gupshup' as const,
      name: fromGupshup.name ?? `template ${templateId}`,
      status: fromGupshup.status,
      bodyVariables: countVariables(fromGupshup.content),
      headerVariables: 0,
    };
  }
  const cloud = await orForbidden(() => collectAllPages((page) => templates.whatsappCloud({ integration_id: integrationId }, page)));
  const fromCloud = cloud !== 'forbidden' ? cloud.find((template) => template.id === templateId) : undefined;
  if (fromCloud) {
    return {
      provider: 'whatsapp_cloud' as const,
      name: fromCloud.name ?? `template ${templateId}`,
      status: fromCloud.status,
      bodyVariables: countVariables(fromCloud.body?.text),
      headerVariables: countVariables(headerText(fromCloud.header)),
    };
  }
  return gupshup === 'forbidden' || cloud === 'forbidden' ? 'forbidden' : undefined;
}

export async function checkTemplate(
  tiflux: TiFluxClient,
  integrationId: number,
  templateId: number,
  parameters: readonly string[],
  headerParameters: readonly string[],
): Promise<CheckedTemplate> {
  const found = await findTemplate(tiflux, integrationId, templateId);
  if (found === 'forbidden') {
    throw new ToolError(
      `Nothing was sent: template ${templateId} could not be checked, because this API key may not list message ` +
        'templates (TiFlux\'s "Gerenciar Modelos" permission). A template with a wrong number of values reaches the ' +
        'client broken, so this server only sends templates it could check; use a key with that permission.',
    );
  }
  if (!found) {
    throw new ToolError(
      `Nothing was sent: integration ${integrationId} has no template with id ${templateId}. List its templates with ` +
        'list_gupshup_templates or list_whatsapp_cloud_templates (integration_id) and use the id shown there.',
    );
  }
  if (!APPROVED.has((found.status ?? '').toLowerCase())) {
    throw new ToolError(
      `Nothing was sent: template ${templateId} ("${found.name}") is ${found.status ?? 'in an unknown state'}, not ` +
        'approved; WhatsApp only delivers approved templates.',
    );
  }
  const problems: string[] = [];
  if (parameters.length !== found.bodyVariables) {
    problems.push(`its body has ${found.bodyVariables} variable(s) but parameters holds ${parameters.length} value(s)`);
  }
  if (headerParameters.length !== found.headerVariables) {
    problems.push(
      `its header has ${found.headerVariables} variable(s) but header_parameters holds ${headerParameters.length} value(s)`,
    );
  }
  if (problems.length) {
    throw new ToolError(
      `Nothing was sent: template ${templateId} ("${found.name}") does not fit the values given: ${problems.join('; ')}. ` +
        'Give one value per {{n}} variable, in order.',
    );
  }
  return { provider: found.provider, name: found.name, bodyVariables: found.bodyVariables, headerVariables: found.headerVariables };
}
