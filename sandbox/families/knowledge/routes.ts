// Knowledge base (docs/chats-and-knowledge.md): list, read and create articles (no PUT/DELETE: TiFlux has none), and the folders.

import { toBrasiliaIso } from '../../data/dates.js';
import { nextId } from '../../data/counters.js';
import type { TenantData } from '../../data/types.js';
import { created, forbidden, notFound, ok, refused } from '../../http/api-response.js';
import type { Principal } from '../../http/auth.js';
import type { ParsedBody } from '../../http/body.js';
import { paginate, readPage, totalItemsHeader } from '../../http/paging.js';
import { optionalIdList, optionalString } from '../../http/query.js';
import type { Route } from '../../http/router.js';
import { FieldErrors, fieldsOf, flag, text } from '../../http/fields.js';
import { idParam, tenantOf } from '../../http/params.js';
import type { KnowledgeRecord } from './records.js';

const LIST_DESCRIPTION_LENGTH = 300;

/** Without "Gerenciar base de conhecimento" (non-admins here): public articles and their own group's. */
function visibleTo(principal: Principal): (article: KnowledgeRecord) => boolean {
  if (principal.isAdmin) return () => true;
  const groupId = principal.user.technical_group_id;
  return (article) => !article.private || (groupId !== null && article.technical_group_ids.includes(groupId));
}

const plain = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();

function render(article: KnowledgeRecord, inList: boolean) {
  return {
    id: article.id,
    title: article.title,
    description: inList ? article.description.slice(0, LIST_DESCRIPTION_LENGTH) : article.description,
    tags: article.tags,
    private: article.private,
    knowledge_folder_ids: article.knowledge_folder_ids,
    client_ids: article.client_ids,
    technical_group_ids: article.technical_group_ids,
    services_catalogs_item_ids: article.services_catalogs_item_ids,
    created_at: article.created_at,
    updated_at: article.updated_at,
  };
}

function idArray(value: unknown, field: string, errors: FieldErrors): number[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((id) => typeof id !== 'number' || !Number.isInteger(id) || id <= 0)) {
    errors.add(field, 'must be an array of ids');
    return undefined;
  }
  return value as number[];
}

function createKnowledge(data: TenantData, principal: Principal, body: ParsedBody, now: Date) {
  if (!principal.isAdmin) throw forbidden('You do not have permission to manage knowledge');
  const fields = fieldsOf(body);
  const errors = new FieldErrors();
  const title = text(fields, 'title', errors, true);
  const description = text(fields, 'description', errors, true);
  const folderIds = idArray(fields.knowledge_folder_ids, 'knowledge_folder_ids', errors);
  if (!folderIds?.length) errors.add('knowledge_folder_ids', "can't be blank");
  const tags = fields.tags;
  if (tags !== undefined && (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string' || tag.includes(',')))) {
    errors.add('tags', 'must be an array of tags without commas');
  }
  const isPrivate = flag(fields, 'private', errors);
  const clientIds = idArray(fields.client_ids, 'client_ids', errors);
  const groupIds = idArray(fields.technical_group_ids, 'technical_group_ids', errors);
  const itemIds = idArray(fields.services_catalogs_item_ids, 'services_catalogs_item_ids', errors);
  errors.check();
  const unknownFolders = folderIds!.filter((id) => !data.knowledgeFolders.some((folder) => folder.id === id));
  if (unknownFolders.length) throw refused({ knowledge_folder_ids: [`folders not found: ${unknownFolders.join(', ')}`] });
  const at = toBrasiliaIso(now);
  const article: KnowledgeRecord = {
    id: nextId(data.knowledges),
    title: title!, description: description!, tags: (tags as string[] | undefined) ?? [], private: isPrivate ?? true,
    knowledge_folder_ids: folderIds!, client_ids: clientIds ?? [], technical_group_ids: groupIds ?? [],
    services_catalogs_item_ids: itemIds ?? [], created_at: at, updated_at: at,
  };
  data.knowledges.push(article);
  return created(render(article, false));
}

export const knowledgeRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/knowledges',
    handle(context) {
      const data = tenantOf(context);
      const search = optionalString(context.query, 'search')?.toLowerCase();
      const folderIds = optionalIdList(context.query, 'knowledge_folder_ids');
      const visible = visibleTo(context.principal);
      const articles = data.knowledges.filter(
        (article) =>
          visible(article) &&
          (folderIds === undefined || article.knowledge_folder_ids.some((id) => folderIds.includes(id))) &&
          (search === undefined ||
            article.title.toLowerCase().includes(search) ||
            article.tags.some((tag) => tag.toLowerCase().includes(search)) ||
            plain(article.description).toLowerCase().startsWith(search)),
      );
      return ok(paginate(articles, readPage(context.query)).map((article) => render(article, true)), totalItemsHeader(articles.length));
    },
  },
  {
    method: 'GET',
    pattern: '/knowledges/:id',
    handle(context) {
      const articleId = idParam(context, 'id', 'Knowledge');
      const article = tenantOf(context).knowledges.find((candidate) => candidate.id === articleId);
      // Hidden articles are indistinguishable from missing ones.
      if (!article || !visibleTo(context.principal)(article)) throw notFound(`Knowledge ${articleId} not found`);
      return ok(render(article, false));
    },
  },
  {
    method: 'POST',
    pattern: '/knowledges',
    accepts: ['json'],
    handle: (context) => createKnowledge(tenantOf(context), context.principal, context.body, context.now),
  },
  {
    method: 'GET',
    pattern: '/knowledge-folders',
    handle(context) {
      const data = tenantOf(context);
      const search = optionalString(context.query, 'search')?.toLowerCase();
      const folders = data.knowledgeFolders.filter((folder) => search === undefined || folder.title.toLowerCase().includes(search));
      const rendered = paginate(folders, readPage(context.query)).map((folder) => ({
        ...folder,
        qty_knowledges: data.knowledges.filter((article) => article.knowledge_folder_ids.includes(folder.id)).length,
      }));
      return ok(rendered, totalItemsHeader(folders.length));
    },
  },
];
