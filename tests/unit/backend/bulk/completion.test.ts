import { describe, expect, it } from 'vitest';
import { Completion } from '../../../../backend/bulk/completion';

const after = <T>(ms: number, value: T): Promise<T> =>
  new Promise((resolve) => setTimeout(() => resolve(value), ms));

describe('Completion', () => {
  it('gives results in the order they settle, and counts what is left', async () => {
    const c = new Completion<string>();
    c.add(after(60, 'slow'));
    c.add(after(10, 'fast'));
    c.add(Promise.resolve('now'));
    expect(c.size).toBe(3);
    const order: string[] = [];
    while (c.size > 0) order.push(await c.next());
    expect(order).toEqual(['now', 'fast', 'slow']);
  });

  it('passes a rejection on to the taker', async () => {
    const c = new Completion<string>();
    c.add(Promise.reject(new Error('broken')));
    await expect(c.next()).rejects.toThrow('broken');
    expect(c.size).toBe(0);
  });
});
