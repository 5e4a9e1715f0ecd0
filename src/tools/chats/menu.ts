/**
 * Interactive WhatsApp messages (menus, buttons, list replies) reach the transcript as JSON text. TiFlux's tool
 * summarised them from `body`/`title`; we show the prompt and the choices, whichever provider shape arrived
 * (WhatsApp Cloud `interactive`, Gupshup `quick_reply`/`list`, or a client's button/list reply).
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const textOf = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() || undefined;
  if (isObject(value)) return textOf(value.text) ?? textOf(value.title);
  return undefined;
};

/** The JSON object of an interactive message, or undefined when `text` is ordinary text. */
export function parseInteractive(text: string | null | undefined): Json | undefined {
  const trimmed = text?.trim();
  if (!trimmed || !trimmed.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(trimmed);
    return isObject(value) && typeof value.type === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

interface Choice {
  title: string;
  description?: string;
}

function choicesOf(menu: Json): Choice[] {
  const choices: Choice[] = [];
  const add = (entry: unknown) => {
    if (!isObject(entry)) return;
    const reply = isObject(entry.reply) ? entry.reply : entry;
    const title = textOf(reply.title) ?? textOf(reply.text);
    if (title) choices.push({ title, description: textOf(reply.description) });
  };
  const action = isObject(menu.action) ? menu.action : undefined;
  for (const button of asArray(action?.buttons)) add(button);
  for (const section of asArray(action?.sections)) for (const row of asArray((section as Json).rows)) add(row);
  for (const option of asArray(menu.options)) add(option);
  for (const item of asArray(menu.items)) for (const option of asArray((item as Json).options)) add(option);
  return choices;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The prompt of a menu: its header and body, as each provider names them. */
function promptOf(menu: Json): string | undefined {
  const content = isObject(menu.content) ? menu.content : undefined;
  const parts = [textOf(menu.header) ?? textOf(content?.header), textOf(menu.body) ?? textOf(content?.text) ?? textOf(menu.title)];
  const prompt = parts.filter(Boolean).join(' — ');
  return prompt || undefined;
}

/** A readable rendering: "Menu: Escolha uma opção\n  1. Suporte técnico — …", or "Chose: Financeiro". */
export function renderInteractive(menu: Json): string {
  // A client's answer to a menu.
  for (const key of ['button_reply', 'list_reply', 'interactive_reply']) {
    const reply = menu[key];
    if (isObject(reply) && textOf(reply.title)) return `Chose: ${textOf(reply.title)}`;
  }
  if (menu.type === 'button_reply' || menu.type === 'list_reply') {
    const title = textOf(menu.title) ?? textOf(menu.postbackText);
    if (title) return `Chose: ${title}`;
  }
  const prompt = promptOf(menu);
  const choices = choicesOf(menu);
  const lines = [`Menu: ${prompt ?? '(no text)'}`];
  choices.forEach((choice, index) => {
    lines.push(`  ${index + 1}. ${choice.title}${choice.description ? ` — ${choice.description}` : ''}`);
  });
  return lines.join('\n');
}
