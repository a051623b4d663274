import customTemplate from '../../../bots/dingtalk/card-template.json';

/** The public MarkdownButton template id, written out here so the fake does not take it from the code under test. */
export const MARKDOWN_BUTTON_TEMPLATE = '1366a1eb-bc54-4859-ac88-517c56a9acb1.schema';

/** What a tap on a button sends back: the callback's `content` (before it is JSON-encoded). */
export interface TapContent {
  cardPrivateData: { actionIds: string[]; params: Record<string, string> };
}

/** A card as the DingTalk client would show it: what a person reads and the buttons they can tap. */
export interface CardView {
  title: string;
  body: string;
  note: string;
  buttons: { text: string; tap: TapContent }[];
  /** Buttons that open a page and call nothing back. */
  links: { text: string; url: string }[];
}

/** How one template turns card variables into what is shown. */
export type TemplateRenderer = (params: Record<string, string>) => CardView;

/**
 * The built-in MarkdownButton template: title, markdown, tips, and `sys_full_json_obj.msgButtons`.
 * Buttons with `request: true` call back, sending their `id` and `params`; buttons with a `url` open it.
 */
export const markdownButtonTemplate: TemplateRenderer = (params) => {
  const buttons = (JSON.parse(params.sys_full_json_obj ?? '{"msgButtons":[]}') as { msgButtons: MarkdownButton[] }).msgButtons;
  return {
    title: params.title ?? '',
    body: params.markdown ?? '',
    note: params.tips ?? '',
    buttons: buttons
      .filter((button) => button.request === true)
      .map((button) => ({ text: button.text, tap: { cardPrivateData: { actionIds: [button.id ?? ''], params: button.params ?? {} } } })),
    links: buttons.filter((button) => button.request !== true && button.url).map((button) => ({ text: button.text, url: button.url! })),
  };
};

interface MarkdownButton {
  text: string;
  url?: string;
  id?: string;
  request?: boolean;
  params?: Record<string, string>;
}

interface TemplateComponent {
  id: string;
  component: string;
  text?: string;
  visible?: string;
  buttons?: { id: string; text: string; visible: string; params: Record<string, string> }[];
}

/**
 * Our template as bots/dingtalk/card-template.json lays it out, read from that file: `${var}` bindings
 * and `visible` conditions of the form `${var} == 'x'` / `${var} != 'x'`. A button sends its component
 * id and its params, bound the way the file says: so a variable the renderer and the file name
 * differently shows up as a wrong card here.
 */
export const salesbotTemplate: TemplateRenderer = (params) => {
  const components = customTemplate.components as TemplateComponent[];
  const shown = components.filter((c) => isVisible(c.visible, params));
  const text = (id: string) => {
    const component = shown.find((c) => c.id === id);
    return component?.text ? bind(component.text, params) : '';
  };
  const buttons = shown
    .flatMap((c) => c.buttons ?? [])
    .filter((button) => isVisible(button.visible, params))
    .map((button) => ({
      text: bind(button.text, params),
      tap: {
        cardPrivateData: {
          actionIds: [button.id],
          params: Object.fromEntries(Object.entries(button.params).map(([name, value]) => [name, bind(value, params)])),
        },
      },
    }));
  return {
    title: text('title'),
    body: [text('subtitle'), text('body')].filter(Boolean).join('\n\n'),
    note: text('note'),
    buttons,
    links: [],
  };
};

function bind(template: string, params: Record<string, string>): string {
  return template.replace(/\$\{(\w+)\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`card template: variable ${name} was not filled`);
    return params[name]!;
  });
}

function isVisible(condition: string | undefined, params: Record<string, string>): boolean {
  if (!condition) return true;
  const match = /^(.*) (==|!=) '(.*)'$/.exec(bind(condition, params));
  if (!match) throw new Error(`card template: cannot read the condition ${condition}`);
  const [, left, op, right] = match;
  return op === '==' ? left === right : left !== right;
}

/**
 * A card or a robot markdown message as the DingTalk client shows it, as text: the markdown read
 * (bold and headings drawn, a link as its label), one shown line a line, then the buttons. DingTalk
 * documents no display limits for these: what the variables hold is what is shown.
 */
export function phoneText(
  view: Pick<CardView, 'title' | 'body' | 'note'> & { buttons: { text: string }[]; links?: { text: string }[] },
): string {
  const body = view.body
    .split('\n')
    .map((line) =>
      line
        .replace(/^#+\s*/, '')
        .replace(/^>\s*/, '')
        .replace(/\*\*(.*?)\*\*/g, '$1')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1 ›'),
    )
    .filter((line) => line.trim() !== '');
  const buttons = [...view.buttons, ...(view.links ?? []).map((link) => ({ text: `${link.text} ›` }))];
  return [view.title, ...body, view.note, buttons.map((b) => `[${b.text}]`).join(' ')].filter(Boolean).join('\n');
}
