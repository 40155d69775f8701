// npm start must run graphql-js in production mode unless told otherwise (issue 9).
describe('production-default', () => {
  const saved = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = saved;
  });

  it('sets NODE_ENV to production when nothing set it', () => {
    delete process.env.NODE_ENV;
    jest.isolateModules(() => require('../../src/production-default'));
    expect(process.env.NODE_ENV).toBe('production');
  });

  it('keeps a NODE_ENV that was set', () => {
    process.env.NODE_ENV = 'development';
    jest.isolateModules(() => require('../../src/production-default'));
    expect(process.env.NODE_ENV).toBe('development');
  });
});
