/** A prop an author component accepts. */
export interface AllowedProp {
  /** Whether the component fails without it. */
  required: boolean;
  /** What it is for, shown when it is missing. */
  description: string;
}

/**
 * The components editors may write in MDX, with the props each takes. The
 * content check rejects any other element, component or prop; expand.ts renders
 * these and nothing else.
 */
export const ALLOWED_COMPONENTS = {
  SpeechQuote: {
    summary: '引用讲话原文，并链接到讲话中的那一段',
    example:
      '<SpeechQuote speech="shequ-zhili-dangjian-tuijinhui-2022" at="p-13">原文</SpeechQuote>',
    props: {
      speech: { required: true, description: '讲话的文件名或标题' },
      at: { required: true, description: '段落编号 p-数字，或小节编号 part-数字-数字' },
    },
  },
  Note: {
    summary: '说明框',
    example: '<Note title="说明">……</Note>',
    props: {
      title: { required: false, description: '说明框的标题，默认为“说明”' },
    },
  },
  Figure: {
    summary: '带说明文字的图片，图片用 Markdown 写在里面',
    example: '<Figure caption="说明文字">\n\n![图片描述](../images/wenjianming.jpg)\n\n</Figure>',
    props: {
      caption: { required: true, description: '图片下方的说明文字' },
    },
  },
} as const satisfies Record<
  string,
  { summary: string; example: string; props: Record<string, AllowedProp> }
>;

export type AllowedComponentName = keyof typeof ALLOWED_COMPONENTS;

/** The names editors may write, in the order documentation lists them. */
export const ALLOWED_COMPONENT_NAMES = Object.keys(ALLOWED_COMPONENTS) as AllowedComponentName[];
